package org.badgemanager.activities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.badgemanager.bitrix.Json;

/**
 * An append-only file of JSON objects, one a line, that a run writes as it goes and a later run reads back: the
 * durable record of work that spans many calls. {@link #append} with {@code sync} returns only when the line is on
 * the disk, so "about to send" is written before the send. A run killed mid-write leaves half a line; reading
 * skips it, and appending starts on a fresh line so the next one reads whole.
 */
final class JsonLinesLog implements AutoCloseable {
    private final FileChannel channel;
    private final Writer out;

    private JsonLinesLog(FileChannel channel) {
        this.channel = channel;
        this.out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /** Opens {@code file} for appending, creating it; a half line a kill left is closed off first. */
    static JsonLinesLog openForAppend(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        JsonLinesLog log = new JsonLinesLog(channel);
        if (channel.size() > 0) {
            log.out.write('\n');
        }
        return log;
    }

    /** Writes one line; with {@code sync}, returns once it (and every line before it) is on the disk. */
    void append(ObjectNode line, boolean sync) throws IOException {
        out.write(Json.mapper().writeValueAsString(line));
        out.write('\n');
        if (sync) {
            sync();
        }
    }

    void sync() throws IOException {
        out.flush();
        channel.force(false);
    }

    /** Every whole JSON object in the file, in the order written; blank and half-written lines are skipped. */
    static void read(Path file, Consumer<JsonNode> each) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = in.readLine()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = Json.mapper().readTree(text);
                } catch (IOException cutShort) {
                    continue; // a line a killed run left half-written
                }
                if (node != null && node.isObject()) {
                    each.accept(node);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.flush();
        } finally {
            channel.close();
        }
    }
}
