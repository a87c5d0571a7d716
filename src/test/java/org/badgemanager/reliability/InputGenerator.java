package org.badgemanager.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.function.Executable;

/**
 * Seeded inputs for the bad-input tests. Plain {@link java.util.Random} with a seed fixed by each test, so every
 * run on every machine makes the same cases and a failing case comes back on the next run; {@link #check} puts
 * the seed, the case number and the inputs in the failure message.
 *
 * <p>Strings mix ASCII, control characters, Cyrillic, emoji (surrogate pairs), lone surrogates, invisible and
 * odd white space and any other BMP character. The domain inputs are either built from pieces (schemes × hosts
 * × paths, JSON fragments, number and range tokens) or made by mutating valid ones: a webhook URL or a Bitrix
 * answer envelope with a few parts replaced, cut, doubled or broken, so most cases are "almost valid".
 */
final class InputGenerator {
    private static final String WHITESPACE_AND_INVISIBLE = " \t\n\r\u000b\f\u0085\u00a0\u1680\u2000\u2007\u200b"
            + "\u200d\u200e\u202e\u2028\u2029\u205f\u3000\ufeff\ufffd\uffff";
    private static final String CODE_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

    private final long seed;
    private final Random random;

    InputGenerator(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    long seed() {
        return seed;
    }

    /**
     * Runs one case; any failure comes back as an {@link AssertionError} naming the seed, the case and the inputs
     * ({@code inputs} alternate a name and its value), with the original failure as its cause.
     */
    void check(int caseNumber, Executable property, Object... inputs) {
        try {
            property.execute();
        } catch (Throwable failure) {
            throw new AssertionError(String.format("seed 0x%XL, case %d (the seed is fixed: rerunning the test "
                    + "makes this case again)%n  inputs: %s%n  failure: %s", seed, caseNumber, describe(inputs),
                    failure), failure);
        }
    }

    // ---- basics -------------------------------------------------------------------------------------------------

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    long between(long min, long max) {
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    boolean bool() {
        return random.nextBoolean();
    }

    /** True in {@code percent} cases out of 100. */
    boolean percent(int percent) {
        return random.nextInt(100) < percent;
    }

    @SafeVarargs
    final <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    // ---- strings ------------------------------------------------------------------------------------------------

    /** Any text of at most {@code maxLength} chars. */
    String anyString(int maxLength) {
        return anyString(0, maxLength);
    }

    /** Any text: ASCII, control characters, Cyrillic, emoji, lone surrogates, odd white space, any BMP char. */
    String anyString(int minLength, int maxLength) {
        // short strings are the ones that hit edge cases: lean towards them, and now and then the bounds exactly
        int length = percent(10) ? pick(minLength, maxLength) : between(minLength, between(minLength, maxLength));
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            appendAnyChar(text, length - text.length());
        }
        return text.toString();
    }

    /** Only chars from {@code alphabet}. */
    String charsFrom(String alphabet, int minLength, int maxLength) {
        int length = between(minLength, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** C0 controls only: NUL, BEL, ESC and the like. */
    String controlChars(int maxLength) {
        int length = between(0, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) between(0x00, 0x1f));
        }
        return text.toString();
    }

    private void appendAnyChar(StringBuilder text, int room) {
        int kind = random.nextInt(100);
        if (kind < 30) {
            text.append((char) between(0x20, 0x7e));
        } else if (kind < 40) {
            text.append((char) (int) pick(between(0x00, 0x1f), 0x7f, between(0x80, 0x9f))); // C0, DEL, C1
        } else if (kind < 55) {
            text.append((char) between(0x0400, 0x04ff)); // Cyrillic
        } else if (kind < 65 && room >= 2) {
            text.appendCodePoint(between(0x1f300, 0x1faff)); // emoji: a surrogate pair
        } else if (kind < 70) {
            text.append((char) between(0xd800, 0xdfff)); // a lone surrogate
        } else if (kind < 80) {
            text.append(WHITESPACE_AND_INVISIBLE.charAt(random.nextInt(WHITESPACE_AND_INVISIBLE.length())));
        } else {
            text.append((char) random.nextInt(0x10000));
        }
    }

    /** The text with 1-3 random edits: a span cut, doubled or re-cased, chars inserted or replaced, the end cut. */
    String mutate(String text) {
        String result = text;
        for (int edits = between(1, 3); edits > 0; edits--) {
            result = mutateOnce(result, List.of());
        }
        return result;
    }

    /** One random edit; {@code pieces}, when given, are also inserted or put in place of a span. */
    private String mutateOnce(String text, List<String> pieces) {
        int a = between(0, text.length());
        int b = between(a, Math.min(text.length(), a + between(0, 12)));
        switch (random.nextInt(pieces.isEmpty() ? 7 : 9)) {
            case 0: // cut a span
                return text.substring(0, a) + text.substring(b);
            case 1: // insert any text
                return text.substring(0, a) + anyString(1, 4) + text.substring(a);
            case 2: // replace a span with any text
                return text.substring(0, a) + anyString(0, 3) + text.substring(b);
            case 3: // double a span
                return text.substring(0, b) + text.substring(a, b) + text.substring(b);
            case 4: // upper- or lower-case a span
                String span = text.substring(a, b);
                return text.substring(0, a) + (bool() ? span.toUpperCase(Locale.ROOT) : span.toLowerCase(Locale.ROOT)) + text.substring(b);
            case 5: // truncate
                return text.substring(0, a);
            case 6: // white space or a control char at either end
                return bool() ? pick(" ", "\n", "\t", "\u0000", "\u00a0") + text : text + pick(" ", "\r\n", "\u0000");
            case 7: // insert a piece
                return text.substring(0, a) + pick(pieces) + text.substring(a);
            default: // replace a span with a piece
                return text.substring(0, a) + pick(pieces) + text.substring(b);
        }
    }

    // ---- webhook URLs -------------------------------------------------------------------------------------------

    private static final List<String> SCHEMES = List.of("https://", "http://", "HTTPS://", "hTTp://", "ftp://", "",
            "//", "javascript:", "https:/", "file:///");
    private static final List<String> HOSTS = List.of("portal.bitrix24.com", "127.0.0.1", "localhost", "[::1]",
            "127.1", "127.0.0.256", "10.0.0.1", "user:pw@portal.bitrix24.com", "evil.com@127.0.0.1", "",
            "пример.рф", "portal.bitrix24.com:443", "127.0.0.1:8080", "0x7f.0.0.1", "::1", "localhost.",
            "LOCALHOST", "127.0.0.1.evil.com", "[::ffff:127.0.0.1]", "0x7f000001", "portal.bitrix24.com:99999");
    private static final List<String> REST_PIECES = List.of("/rest/", "/rest/", "/rest/", "/REST/", "/rest//",
            "/api/rest/", "/", "/rest/../rest/", "/rest%2F");
    private static final List<String> BAD_USER_IDS = List.of("0", "01", "-1", "1234567890", "abc", "", "1 ",
            "１", "٣", "2147483648", "1e3", "+1");
    private static final List<String> BAD_CODES = List.of("ab", "%2F", "..", "a/b", "code?x", "c#d", "abc",
            "x".repeat(65), "код1234", "abcd efgh", "abcd-efgh", "abcd\u0000efgh");
    private static final List<String> ENDS = List.of("", "", "/", "/", "//", "/crm.activity.list",
            "/crm.activity.badge.list.json", "?auth=x", "#frag", " ", "/?", "/#");
    private static final List<String> HTTPS_HOSTS = List.of("portal.bitrix24.com", "b24-k3x9qz.bitrix24.ru",
            "company.bitrix24.de", "crm.example.com", "portal.bitrix24.com:443", "127.0.0.1", "localhost");
    private static final List<String> LOOPBACK_HOSTS = List.of("127.0.0.1", "localhost", "[::1]", "127.0.0.1:8080",
            "localhost:18443", "127.0.0.2");

    /**
     * A webhook URL as pasted into the connection dialog: mostly a valid one with 1-3 parts broken, sometimes a
     * valid one, URL-shaped text from schemes × hosts × path pieces, any text, or nothing.
     */
    String webhookUrl() {
        int kind = random.nextInt(100);
        if (kind < 40) {
            return almostValidWebhookUrl();
        } else if (kind < 50) {
            return String.join("", validWebhookUrlParts());
        } else if (kind < 75) {
            return pick(SCHEMES) + pick(HOSTS) + pick(REST_PIECES) + userId() + "/" + webhookCode() + pick(ENDS);
        } else if (kind < 98) {
            return anyString(120);
        }
        return null;
    }

    /** scheme, host, "/rest/", user id, "/", code, end: a URL {@code WebhookConnection.parse} accepts. */
    private String[] validWebhookUrlParts() {
        boolean https = percent(80);
        String code = charsFrom(CODE_CHARS, 4, percent(80) ? 20 : 64);
        return new String[] {https ? pick("https://", "https://", "HTTPS://") : pick("http://", "Http://"),
            https ? pick(HTTPS_HOSTS) : pick(LOOPBACK_HOSTS), "/rest/", String.valueOf(validUserId()), "/", code,
            pick("/", "/", "")};
    }

    private String almostValidWebhookUrl() {
        String[] parts = validWebhookUrlParts();
        boolean editText = false;
        for (int edits = between(1, 3); edits > 0; edits--) {
            switch (random.nextInt(9)) {
                case 0 -> parts[0] = pick(SCHEMES);
                case 1 -> parts[1] = pick(HOSTS);
                case 2 -> parts[1] = pick("user:pw@", "evil.com@", ":@", "a@b@") + parts[1];
                case 3 -> parts[2] = pick(REST_PIECES);
                case 4 -> parts[3] = pick(BAD_USER_IDS);
                case 5 -> parts[5] = percent(50) ? pick(BAD_CODES) : anyString(12);
                case 6 -> parts[6] = pick(ENDS);
                case 7 -> parts[4] = pick("//", "", "/./", "\\");
                default -> editText = true;
            }
        }
        String url = String.join("", parts);
        return editText ? mutate(url) : url;
    }

    private long validUserId() {
        return percent(70) ? between(1, 100) : between(1L, 999_999_999L);
    }

    private String userId() {
        return percent(75) ? String.valueOf(validUserId()) : pick(BAD_USER_IDS);
    }

    private String webhookCode() {
        int kind = random.nextInt(3);
        return kind == 0 ? charsFrom(CODE_CHARS, 4, 64) : kind == 1 ? anyString(12) : pick(BAD_CODES);
    }

    // ---- portal answers -----------------------------------------------------------------------------------------

    private static final List<String> JSON_PIECES = List.of("{", "}", "[", "]", ":", ",", "\"result\"", "\"error\"",
            "\"error_description\"", "\"time\"", "\"total\"", "\"next\"", "\"badges\"", "\"badge\"", "\"code\"",
            "\"operating_reset_at\"", "null", "true", "0", "-1", "1e999", "12345678901234567890", "\"\"", "\"x\"",
            "\"\\u0000\"", "\"QUERY_LIMIT_EXCEEDED\"", "\"expired_token\"", "<html>", "\"\\ud800\"", " ", "\n");
    private static final List<String> JSON_KEYS = List.of("result", "error", "error_description", "time", "total",
            "next", "badges", "code", "title", "value", "type", "operating_reset_at", "", "RESULT");
    private static final List<String> JSON_VALUES = List.of("null", "1", "\"s\"", "[]", "{}", "{\"badges\":5}",
            "[null]", "{\"operating_reset_at\":[1]}", "-0.5", "\"\"", "true", "1e999", "12345678901234567890",
            "\"\\ud800\"", "\"\\u0000\"", "{\"en\":null}", "[[[[]]]]", "NaN", "'x'");
    /** Valid Bitrix envelopes: the starting points of the mutated answers. */
    static final List<String> VALID_ANSWERS = List.of(
            "{\"result\":{\"badges\":[{\"code\":\"missedCall\",\"title\":{\"en\":\"Missed call\"},\"value\":\"M\","
                    + "\"type\":\"failure\"}]},\"total\":1,\"time\":{\"start\":1.5,\"operating_reset_at\":1705765600}}",
            "{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many requests\"}",
            "{\"error\":\"\",\"error_description\":\"Activity is not found\"}",
            "{\"result\":[{\"ID\":\"1\"}],\"next\":50,\"total\":51,\"time\":{\"operating_reset_at\":\"2026-01-01\"}}",
            "{\"result\":{\"badges\":[]},\"total\":0,\"time\":{\"start\":1705765500.1,\"finish\":1705765500.2,"
                    + "\"operating\":0,\"operating_reset_at\":1705766100}}",
            "{\"result\":{\"badges\":[{\"code\":\"vip\",\"title\":{\"en\":\"VIP\",\"ru\":\"ВИП 🎖\"},\"value\":"
                    + "{\"en\":\"Gold\",\"ru\":\"Золото\"},\"type\":\"success\"},{\"code\":\"x_1-2\",\"title\":"
                    + "\"Plain\",\"value\":\"\",\"type\":\"primary\"}]},\"total\":2}",
            "{\"result\":true,\"time\":{\"operating_reset_at\":1705765600}}",
            "{\"error\":\"expired_token\",\"error_description\":\"The access token provided has expired.\"}");

    /**
     * A portal answer body: any text, JSON fragments glued together, a valid envelope cut short, mutated or whole,
     * 1-5000-deep nesting, or small objects of odd shapes.
     */
    String answerBody() {
        switch (random.nextInt(8)) {
            case 0:
                return anyString(300);
            case 1:
                StringBuilder glued = new StringBuilder();
                for (int i = between(0, 40); i > 0; i--) {
                    glued.append(pick(JSON_PIECES));
                }
                return glued.toString();
            case 2:
                String valid = pick(VALID_ANSWERS);
                return valid.substring(0, between(0, valid.length()));
            case 3:
                int depth = between(1, 5000);
                return "[".repeat(depth) + "]".repeat(depth / 2);
            case 4:
                List<String> members = new ArrayList<>();
                for (int i = between(0, 4); i > 0; i--) {
                    members.add("\"" + pick(JSON_KEYS) + "\":" + pick(JSON_VALUES));
                }
                return "{" + String.join(",", members) + "}";
            case 5:
                return pick(VALID_ANSWERS);
            default:
                return mutatedAnswer();
        }
    }

    /** A valid envelope with 1-4 edits: a value or key swapped, a JSON piece inserted, a span cut or doubled. */
    private String mutatedAnswer() {
        String body = pick(VALID_ANSWERS);
        for (int edits = between(1, 4); edits > 0; edits--) {
            int kind = random.nextInt(4);
            if (kind == 0) {
                body = replaceValue(body);
            } else if (kind == 1) {
                body = body.replaceFirst("\"" + pick(JSON_KEYS) + "\"", "\"" + pick(JSON_KEYS) + "\"");
            } else if (kind == 2) {
                int depth = between(1, 3000);
                body = "{\"result\":" + "[".repeat(depth) + body + "]".repeat(between(0, depth)) + "}";
            } else {
                body = mutateOnce(body, JSON_PIECES);
            }
        }
        return body;
    }

    /** The value after one of the body's colons, up to the next comma or brace, replaced by an odd value. */
    private String replaceValue(String body) {
        int colon = body.indexOf(':', between(0, body.length()));
        if (colon < 0) {
            colon = body.indexOf(':');
        }
        if (colon < 0) {
            return body;
        }
        int end = colon + 1;
        while (end < body.length() && ",}]".indexOf(body.charAt(end)) < 0) {
            end++;
        }
        return body.substring(0, colon + 1) + pick(JSON_VALUES) + body.substring(end);
    }

    /**
     * Any status code: a third 200 (so the answers reach the badge reader), then ones HTTP servers send, anything
     * from -1 to 1000, and now and then an extreme.
     */
    int httpStatus() {
        int kind = random.nextInt(100);
        if (kind < 35) {
            return 200;
        } else if (kind < 65) {
            return pick(200, 201, 204, 301, 302, 303, 307, 308, 400, 401, 403, 404, 405, 410, 413, 429, 500, 502,
                    503, 504);
        } else if (kind < 97) {
            return between(-1, 1000);
        }
        return pick(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 99, 100, 199, 299, 399, 599, 600, 999);
    }

    /** A redirect's Location header: none, any text, or a few URL-ish ones. */
    String location() {
        int kind = random.nextInt(3);
        if (kind == 0) {
            return null;
        }
        return kind == 1 ? anyString(60)
                : pick("https://new.bitrix24.com/rest/1/x/", "http://[::1", "//evil", "https://", " ",
                        "http://127.0.0.1:1/rest/1/abcd/", "/rest/1/abcd/", "https://portal.bitrix24.com/rest/1/code/?x");
    }

    // ---- the badge form ---------------------------------------------------------------------------------------

    /** Any form text: short anything, code-like, control chars, 3990-4100 chars, or a known awkward one. */
    String formText() {
        switch (random.nextInt(5)) {
            case 0:
                return anyString(40);
            case 1:
                return charsFrom("abcdefghijklmnopqrstuvwxyz0123456789_-", 1, 34);
            case 2:
                return controlChars(5);
            case 3:
                return anyString(3990, 4100);
            default:
                return pick("", " ", "\t", "<b>&'\"/", "\ud83d\ude00", "\u200b", "\ud800", "Пропущенный звонок",
                        "\u202eevil", "null");
        }
    }

    /** Mostly what an admin types as a code, one time in seven anything: so both refusals and sends happen. */
    String typedCode() {
        return between(1, 7) <= 6 ? charsFrom(CODE_CHARS + "-", 1, 30) : formText();
    }

    /** Mostly non-blank text without control chars (any script, emoji), one time in seven anything. */
    String typedText() {
        if (between(1, 7) == 7) {
            return formText();
        }
        String text;
        do {
            text = anyString(1, 60).replaceAll("[\\p{Cntrl}\\x80-\\x9f]", ""); // C0, DEL and C1
        } while (text.isBlank());
        return text;
    }

    // ---- the id box -------------------------------------------------------------------------------------------

    private static final List<String> ID_TOKENS = List.of("-", "–", "..", ",", ";", " ", "\n", "\r\n", "\"", "'",
            "|", "0", "00", "1-", "-1", "99999999999999999999", "1e5", "٣", "１２", "\t", "abc", "\u2028", "\u0000",
            "1 - ", "..5", "5..", "1-2-3", "0x10", "+7");

    /**
     * A paste into the id box: up to 60 tokens (numbers, ranges, dashes, separators, junk), a valid list with
     * edits, any text up to 500 chars, and now and then one over the length limit.
     */
    String idText() {
        int kind = random.nextInt(200);
        if (kind == 0) {
            return anyString(200_001, 210_000);
        } else if (kind < 100) {
            StringBuilder text = new StringBuilder();
            for (int i = between(0, 60); i > 0; i--) {
                text.append(bool() ? idToken() : idRange());
                if (bool()) { // without a separator, neighbours run together: "12" "5-9" reads as 125-9
                    text.append(pick(",", " ", "\n", ";", ", "));
                }
            }
            return text.toString();
        } else if (kind < 150) {
            StringBuilder list = new StringBuilder();
            for (int i = between(1, 20); i > 0; i--) {
                list.append(bool() ? String.valueOf(between(1, 5000)) : idRange())
                        .append(pick(", ", ",", " ", "\n", "; ", "\t", "\r\n"));
            }
            return mutate(list.toString());
        }
        return anyString(500);
    }

    private String idToken() {
        int kind = random.nextInt(3);
        if (kind == 0) {
            return String.valueOf(percent(50) ? between(-5L, 1000L) : between(-5L, 99_999_999L));
        }
        return kind == 1 ? pick(ID_TOKENS) : anyString(8);
    }

    private String idRange() {
        if (percent(3)) { // most likely wider than the id limit
            return between(0L, 2_000_000L) + pick("-", "..", "–") + between(0L, 2_000_000L);
        }
        long a = between(0L, 5000L);
        long b = a + between(-10L, 1500L);
        return a + pick("-", " - ", "–", "..", "—", " .. ") + b;
    }

    // ---- failure messages ---------------------------------------------------------------------------------------

    /** name=value pairs; texts quoted with every char outside printable ASCII as \\uXXXX, long ones shortened. */
    static String describe(Object... inputs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < inputs.length; i += 2) {
            out.append(i == 0 ? "" : ", ").append(inputs[i]).append('=').append(shown(inputs[i + 1]));
        }
        return out.toString();
    }

    private static String shown(Object value) {
        if (!(value instanceof String text)) {
            return String.valueOf(value);
        }
        String head = text.length() > 300 ? text.substring(0, 200) : text;
        StringBuilder out = new StringBuilder("\"");
        for (char c : head.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append('"');
        if (head.length() < text.length()) {
            out.append("… (").append(text.length()).append(" chars in all)");
        }
        return out.toString();
    }
}
