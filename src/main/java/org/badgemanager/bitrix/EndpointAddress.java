package org.badgemanager.bitrix;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.badgemanager.bitrix.InvalidAddressException.Problem;

/**
 * The one reading of a portal address the user typed or pasted (webhook URL, OAuth portal or server address):
 * surrounding blanks go, a host in another script becomes punycode, and an address is refused when it carries
 * a user name or password (it would end up in the settings file), a port outside 1–65535, or plain http to
 * another machine. Makes no network call.
 */
public final class EndpointAddress {
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,5}");
    private static final int MAX_PORT = 65_535;

    private EndpointAddress() {
    }

    /**
     * The text without the blanks around it: what {@link String#strip()} removes plus the no-break spaces
     * (U+00A0, U+2007, U+202F) and zero-width characters that copying from a web page or a chat brings along.
     */
    public static String trim(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** The address as it will be used and stored: trimmed, punycode host, lower-case scheme. */
    public static URI parse(String text) {
        return parse(text, false);
    }

    /**
     * As {@link #parse(String)}; with {@code plainHttpAllowed} (a profile whose admin chose it, knowing the risk)
     * plain http to another machine is accepted too.
     */
    public static URI parse(String text, boolean plainHttpAllowed) {
        String trimmed = trim(text);
        if (trimmed.isEmpty()) {
            throw new InvalidAddressException(Problem.EMPTY);
        }
        int schemeEnd = trimmed.indexOf("://");
        if (schemeEnd <= 0 || !SCHEME.matcher(trimmed.substring(0, schemeEnd)).matches()) {
            throw new InvalidAddressException(Problem.NOT_A_URL);
        }
        String scheme = trimmed.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = trimmed.substring(schemeEnd + 3);
        int authorityEnd = firstOf(rest, "/?#");
        String authority = rest.substring(0, authorityEnd);
        if (authority.indexOf('@') >= 0) {
            throw new InvalidAddressException(Problem.USER_INFO);
        }
        String[] hostAndPort = splitPort(authority);
        String host = asciiHost(hostAndPort[0]);
        String port = checkedPort(hostAndPort[1]);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidAddressException(Problem.NOT_A_URL);
        }
        URI uri;
        try {
            uri = new URI(scheme + "://" + host + port + rest.substring(authorityEnd));
        } catch (URISyntaxException e) {
            throw new InvalidAddressException(Problem.NOT_A_URL);
        }
        if (uri.getHost() == null) {
            throw new InvalidAddressException(Problem.NOT_A_URL);
        }
        if (!SecureEndpoint.isAllowed(uri) && !plainHttpAllowed) {
            throw new InvalidAddressException(Problem.HTTPS_REQUIRED);
        }
        return uri;
    }

    /** The host as the user wrote it (before punycode), or "" when there is none; for "used as …" hints. */
    public static String typedHost(String text) {
        String trimmed = trim(text);
        int schemeEnd = trimmed.indexOf("://");
        if (schemeEnd < 0) {
            return "";
        }
        String rest = trimmed.substring(schemeEnd + 3);
        return splitPort(rest.substring(0, firstOf(rest, "/?#")))[0];
    }

    private static int firstOf(String text, String stops) {
        for (int i = 0; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** Host and port text (the port "" when absent); an IPv6 literal keeps its brackets. */
    private static String[] splitPort(String authority) {
        int colon = authority.lastIndexOf(':');
        if (colon < 0 || authority.startsWith("[") && colon < authority.lastIndexOf(']')) {
            return new String[] {authority, ""};
        }
        return new String[] {authority.substring(0, colon), authority.substring(colon + 1)};
    }

    private static String asciiHost(String host) {
        if (host.isEmpty()) {
            throw new InvalidAddressException(Problem.NOT_A_URL);
        }
        if (host.startsWith("[")) {
            return host;
        }
        try {
            return IDN.toASCII(host);
        } catch (IllegalArgumentException e) {
            throw new InvalidAddressException(Problem.NOT_A_URL);
        }
    }

    private static String checkedPort(String port) {
        if (port.isEmpty()) {
            return "";
        }
        if (!DIGITS.matcher(port).matches()) {
            throw new InvalidAddressException(Problem.BAD_PORT);
        }
        int number = Integer.parseInt(port);
        if (number < 1 || number > MAX_PORT) {
            throw new InvalidAddressException(Problem.BAD_PORT);
        }
        return ":" + number;
    }
}
