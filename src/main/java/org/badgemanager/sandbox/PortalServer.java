package org.badgemanager.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP server on 127.0.0.1 with its pool of daemon worker threads and the watchdog that ends slow reads.
 * The JDK server reads each request on a worker with blocking calls, so a client that stalls holds a worker:
 * the pool is large enough that a few such clients leave plenty for everyone else, and deadlines (the body's
 * in {@link RequestBodyReader}, the whole request's via {@code maxReqTime}) give every stalled worker back.
 */
final class PortalServer implements AutoCloseable {

    /** Stalled clients each hold one until their deadline; idle ones end after {@link #IDLE_WORKER}. */
    static final int WORKER_THREADS = 32;
    private static final Duration IDLE_WORKER = Duration.ofSeconds(30);
    private static final AtomicInteger SERVER_NUMBER = new AtomicInteger();
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";
    private static final String MAX_REQUEST_SECONDS_PROPERTY = "sun.net.httpserver.maxReqTime";
    private static final String MAX_REQUEST_SECONDS = "30";

    static {
        // Both are read once, when the JDK creates its first server, and hold for every server in this JVM.
        // The JDK server writes headers and body as separate packets; without TCP_NODELAY, Nagle plus the
        // client's delayed ACK adds ~40 ms to every answer.
        setUnlessGiven(NO_DELAY_PROPERTY, "true");
        // A client that trickles its request line or headers is only stopped by the JDK's own request timer
        // (it closes a connection whose request, body included, has not arrived in time); off by default.
        setUnlessGiven(MAX_REQUEST_SECONDS_PROPERTY, MAX_REQUEST_SECONDS);
    }

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ScheduledThreadPoolExecutor watchdog;
    private final AtomicBoolean closed = new AtomicBoolean();

    PortalServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        int serverNumber = SERVER_NUMBER.incrementAndGet();
        workers = new ThreadPoolExecutor(WORKER_THREADS, WORKER_THREADS, IDLE_WORKER.toMillis(),
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), daemonThreads(serverNumber, "worker"));
        workers.allowCoreThreadTimeOut(true);
        watchdog = new ScheduledThreadPoolExecutor(1, daemonThreads(serverNumber, "watchdog"));
        watchdog.setRemoveOnCancelPolicy(true);
        server.setExecutor(workers);
        server.createContext("/", PortalServer::notFound);
    }

    /** Ends reads that outlive their deadline (see {@link RequestBodyReader}). */
    ScheduledExecutorService watchdog() {
        return watchdog;
    }

    void route(String pathPrefix, HttpHandler handler) {
        server.createContext(pathPrefix, handler);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        workers.shutdownNow();
        watchdog.shutdownNow();
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = Json.bytes(ResponseBodies.error("NOT_FOUND", "No such page on the sandbox portal"));
            exchange.getResponseHeaders().set("Content-Type", RestOutcome.JSON_TYPE);
            exchange.sendResponseHeaders(404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void setUnlessGiven(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private static ThreadFactory daemonThreads(int serverNumber, String role) {
        AtomicInteger threadNumber = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task,
                    "sandbox-portal-" + serverNumber + "-" + role + "-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
