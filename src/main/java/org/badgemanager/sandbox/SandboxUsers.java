package org.badgemanager.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The portal's users and their incoming-webhook codes. User 1 is the CRM administrator; 3, 5 and 7 are not. */
final class SandboxUsers {

    static final int ADMIN_ID = 1;
    static final List<Integer> IDS = List.of(1, 3, 5, 7);
    private static final int CODE_LENGTH = 16;

    private final Map<Integer, String> webhookCodes;

    private SandboxUsers(Map<Integer, String> webhookCodes) {
        this.webhookCodes = webhookCodes;
    }

    /**
     * @param adminCode fixed webhook code of the administrator, or null for random codes. With a fixed admin
     *                  code the other users' codes are derived from it, so a standalone portal prints stable URLs.
     */
    static SandboxUsers create(String adminCode) {
        Map<Integer, String> codes = new LinkedHashMap<>();
        for (int id : IDS) {
            String code;
            if (adminCode == null) {
                code = RandomTokens.lowerAlnum(CODE_LENGTH);
            } else if (id == ADMIN_ID) {
                code = adminCode;
            } else {
                code = RandomTokens.lowerAlnum(CODE_LENGTH, new Random(adminCode.hashCode() * 31L + id));
            }
            codes.put(id, code);
        }
        return new SandboxUsers(Map.copyOf(codes));
    }

    boolean exists(int userId) {
        return webhookCodes.containsKey(userId);
    }

    boolean isCrmAdmin(int userId) {
        return userId == ADMIN_ID;
    }

    /** The user's webhook code; an unknown user gets the admin's code, which the portal then rejects. */
    String webhookCode(int userId) {
        return webhookCodes.getOrDefault(userId, webhookCodes.get(ADMIN_ID));
    }

    boolean acceptsWebhook(int userId, String code) {
        return exists(userId) && webhookCodes.get(userId).equals(code);
    }
}
