package org.badgemanager.connection.kinds.oauth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters of the address the sign-in redirected to ({@code code}, {@code state}, {@code server_domain}...). */
final class RedirectQuery {
    private RedirectQuery() {
    }

    /** Accepts a whole address or a bare query; the first value of a name wins. */
    static Map<String, String> parse(String address) {
        Map<String, String> params = new LinkedHashMap<>();
        if (address == null) {
            return params;
        }
        String text = address.strip();
        int question = text.indexOf('?');
        String query = question >= 0 ? text.substring(question + 1) : text.contains("=") ? text : "";
        int hash = query.indexOf('#');
        if (hash >= 0) {
            query = query.substring(0, hash);
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
