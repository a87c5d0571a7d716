package org.badgemanager.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import org.badgemanager.bitrix.Json;

/**
 * A command's result on stdout, either for people (lines) or, with {@code --json}, one JSON document and nothing
 * else, so that {@code | jq} always parses. Progress goes to stderr in both modes.
 */
final class Output {
    private final Terminal terminal;
    private final boolean json;

    Output(Terminal terminal, boolean json) {
        this.terminal = terminal;
        this.json = json;
    }

    boolean json() {
        return json;
    }

    /** A line for people; dropped in JSON mode. */
    void line(String text) {
        if (!json) {
            terminal.out().println(text);
        }
    }

    /** The JSON document; written only in JSON mode. */
    void document(JsonNode document) {
        if (json) {
            try {
                terminal.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        terminal.out().flush();
    }

    /** A progress note on stderr. */
    void progress(String text) {
        terminal.err().println(text);
        terminal.err().flush();
    }

    /** The text a person reads: in the terminal's language when the badge has it, else English, else the first. */
    static String display(org.badgemanager.badges.LocalizedText text, Texts texts) {
        return text.forLanguage(texts.language());
    }
}
