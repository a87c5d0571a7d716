package org.badgemanager.sandbox;

import java.security.SecureRandom;
import java.util.Random;

/** Random secrets in the shapes Bitrix24 uses. */
final class RandomTokens {

    private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + LOWER_ALNUM;
    private static final String HEX = "0123456789abcdef";
    private static final SecureRandom SECURE = new SecureRandom();

    private RandomTokens() {
    }

    static String lowerAlnum(int length) {
        return lowerAlnum(length, SECURE);
    }

    static String lowerAlnum(int length, Random random) {
        return pick(LOWER_ALNUM, length, random);
    }

    static String alnum(int length) {
        return pick(ALNUM, length, SECURE);
    }

    static String hex(int length) {
        return pick(HEX, length, SECURE);
    }

    static String digits(int length) {
        return pick("0123456789", length, SECURE);
    }

    private static String pick(String alphabet, int length, Random random) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
