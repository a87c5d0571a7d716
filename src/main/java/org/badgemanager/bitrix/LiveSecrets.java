package org.badgemanager.bitrix;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every secret value this process holds: webhook codes, access and refresh tokens, client secrets. The log
 * masker replaces each of them wherever it appears (quoted in a portal's error text, inside a URL, in a stack
 * trace), not only where a pattern expects a secret. Values are added when a connection is built or a saved
 * profile's secrets are read, and when tokens are renewed; they stay for the life of the process, because an
 * old token may still be quoted in a late message.
 */
public final class LiveSecrets {
    /** Shorter values are not masked: masking every "abc" in a log would hide the log, and such a secret is no secret. */
    static final int MIN_LENGTH = 6;
    private static final LiveSecrets PROCESS = new LiveSecrets();
    private final Set<String> values = new LinkedHashSet<>();
    /** Longest first, so a secret that contains another is masked whole; replaced on change, read without a lock. */
    private volatile List<String> longestFirst = List.of();

    /** The registry the app's log masker consults. */
    public static LiveSecrets process() {
        return PROCESS;
    }

    /** Adds values (null and short ones are ignored), also in their URL-encoded form when it differs. */
    public synchronized void hold(String... secrets) {
        boolean changed = false;
        for (String secret : secrets) {
            if (secret == null || secret.strip().length() < MIN_LENGTH) {
                continue;
            }
            changed |= values.add(secret);
            changed |= values.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        }
        if (changed) {
            List<String> sorted = new ArrayList<>(values);
            sorted.sort(Comparator.comparingInt(String::length).reversed());
            longestFirst = List.copyOf(sorted);
        }
    }

    /** {@code text} with every held value replaced by {@code mask}. */
    public String mask(String text, String mask) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : longestFirst) {
            out = out.replace(secret, mask);
        }
        return out;
    }

    /** True when {@code text} still contains a held value. */
    public boolean anyIn(String text) {
        return text != null && longestFirst.stream().anyMatch(text::contains);
    }
}
