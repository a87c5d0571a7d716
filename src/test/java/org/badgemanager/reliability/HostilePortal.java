package org.badgemanager.reliability;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A portal on 127.0.0.1 that sends its answers the way a test tells it to: a byte at a time after prompt headers
 * (with a Content-Length or chunked), without end, or huge. Raw sockets, so that exactly the bytes written go out,
 * at the pace written. It records the methods called and, when the client hangs up mid-answer, how much of the
 * answer had gone out by then.
 */
final class HostilePortal implements AutoCloseable {
    static final String CODE = "abcd1234efgh5678";
    private static final int BLOCK = 64 * 1024;

    /** Writes one whole answer, status line included. */
    interface Answer {
        void send(OutputStream out) throws IOException, InterruptedException;
    }

    final List<String> called = new CopyOnWriteArrayList<>();
    /** Bytes of the answer sent when the client hung up, completed only if it did. */
    final CompletableFuture<Long> clientHungUp = new CompletableFuture<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-portal");
        t.setDaemon(true);
        return t;
    });

    HostilePortal() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::acceptLoop);
    }

    HostilePortal answer(String method, Answer answer) {
        answers.put(method, answer);
        return this;
    }

    String webhookUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/rest/1/" + CODE + "/";
    }

    /** Prompt headers with a Content-Length, then the body one byte every {@code pause}. */
    static Answer trickled(String body, Duration pause) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return out -> {
            out.write(headers("Content-Length: " + bytes.length));
            out.flush();
            for (byte b : bytes) {
                Thread.sleep(pause.toMillis());
                out.write(b);
                out.flush();
            }
        };
    }

    /** Prompt headers, then the body in chunks of one byte, one every {@code pause}. */
    static Answer trickledChunks(String body, Duration pause) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return out -> {
            out.write(headers("Transfer-Encoding: chunked"));
            out.flush();
            for (byte b : bytes) {
                Thread.sleep(pause.toMillis());
                out.write(ascii("1\r\n"));
                out.write(b);
                out.write(ascii("\r\n"));
                out.flush();
            }
            out.write(ascii("0\r\n\r\n"));
        };
    }

    /** A chunked body that never ends: {"result":"aaaa… as fast as the client takes it. */
    static Answer endless() {
        return out -> {
            out.write(headers("Transfer-Encoding: chunked"));
            chunk(out, ascii("{\"result\":\""));
            byte[] block = filler(BLOCK);
            while (!Thread.currentThread().isInterrupted()) {
                chunk(out, block);
            }
        };
    }

    /** A body of {@code size} bytes, announced in its Content-Length. */
    static Answer huge(long size) {
        return out -> {
            out.write(headers("Content-Length: " + size));
            byte[] start = ascii("{\"result\":\"");
            out.write(start);
            byte[] block = filler(BLOCK);
            long left = size - start.length - 2;
            while (left > 0) {
                int n = (int) Math.min(block.length, left);
                out.write(block, 0, n);
                left -= n;
            }
            out.write(ascii("\"}"));
        };
    }

    /** An ordinary answer. */
    static Answer json(int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return out -> {
            out.write(ascii("HTTP/1.1 " + status + " X\r\nConnection: close\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n"));
            out.write(bytes);
        };
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        Counting out = null;
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            String head = readHead(in);
            String path = head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
            String method = path.substring(path.lastIndexOf('/') + 1);
            in.readNBytes(contentLength(head));
            called.add(method);
            out = new Counting(client.getOutputStream());
            answers.getOrDefault(method, json(404, "{\"error\":\"NOT_FOUND\",\"error_description\":\"no\"}"))
                    .send(out);
            out.flush();
        } catch (IOException e) {
            if (out != null) {
                clientHungUp.complete(out.sent.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while (last4 != 0x0d0a0d0a && (b = in.read()) != -1) {
            head.write(b);
            last4 = last4 << 8 | b;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return 0;
    }

    private static byte[] headers(String framing) {
        return ascii("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/json\r\n"
                + framing + "\r\n\r\n");
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write(ascii(Integer.toHexString(data.length) + "\r\n"));
        out.write(data);
        out.write(ascii("\r\n"));
    }

    private static byte[] filler(int size) {
        byte[] block = new byte[size];
        Arrays.fill(block, (byte) 'a');
        return block;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }

    /** Counts what was written to the socket. */
    private static final class Counting extends OutputStream {
        final AtomicLong sent = new AtomicLong();
        private final OutputStream out;

        Counting(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            sent.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            sent.addAndGet(len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
