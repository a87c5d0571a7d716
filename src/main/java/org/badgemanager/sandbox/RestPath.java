package org.badgemanager.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The routing part of a REST URL: {@code /rest/{userId}/{code}/{method}} (webhook) or {@code /rest/{method}} (OAuth).
 *
 * @param method       normalized method name ("" when the URL names none)
 * @param webhook      true for the webhook shape
 * @param webhookUser  user id from the URL, or -1 when not a number
 * @param webhookCode  secret from the URL (webhook shape only)
 * @param routable     false when the URL fits neither shape
 */
record RestPath(String method, boolean webhook, int webhookUser, String webhookCode, boolean routable) {

    static final String PREFIX = "/rest";

    static RestPath parse(String path) {
        String rest = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        List<String> segments = new ArrayList<>();
        for (String segment : rest.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return switch (segments.size()) {
            case 0 -> new RestPath("", false, -1, null, true);
            case 1 -> new RestPath(MethodNames.normalize(segments.get(0)), false, -1, null, true);
            case 2 -> isNumber(segments.get(0))
                    ? webhook(segments.get(0), segments.get(1), "")
                    : unroutable(segments);
            case 3 -> webhook(segments.get(0), segments.get(1), segments.get(2));
            default -> unroutable(segments);
        };
    }

    private static RestPath webhook(String user, String code, String method) {
        int userId = isNumber(user) ? Integer.parseInt(user) : -1;
        return new RestPath(MethodNames.normalize(method), true, userId, code, true);
    }

    private static RestPath unroutable(List<String> segments) {
        return new RestPath(MethodNames.normalize(segments.get(segments.size() - 1)), false, -1, null, false);
    }

    private static boolean isNumber(String text) {
        return text.matches("\\d{1,9}");
    }
}
