package org.badgemanager.bitrix;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/** The one rule for where secrets may travel: HTTPS everywhere, plain HTTP only to this machine. */
public final class SecureEndpoint {
    private SecureEndpoint() {
    }

    public static boolean isLoopback(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost")) {
            return true;
        }
        // Only literal addresses: resolving a name here would be network I/O and DNS could lie.
        if (h.matches("127(\\.\\d{1,3}){3}") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    /** True when secrets may be sent to this address. */
    public static boolean isAllowed(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || (scheme.equals("http") && isLoopback(uri.getHost()));
    }
}
