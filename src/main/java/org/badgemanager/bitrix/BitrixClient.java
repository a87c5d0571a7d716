package org.badgemanager.bitrix;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Calls REST methods of one portal: JSON POSTs, paced by a client-side leaky bucket, repeated only when that
 * is safe ({@link RetryPolicy}), with an expired OAuth token renewed once and the call repeated. Blocking:
 * call it from a background thread; interrupting that thread cancels the call.
 */
public final class BitrixClient {
    public static final int MAX_BATCH_COMMANDS = 50;

    private final Connection connection;
    private final HttpTransport transport;
    private final Pacing pacing = new Pacing();
    private volatile ClientOptions options;
    private volatile RequestGate gate;
    private volatile OperatingBudget budget;
    private final RetryPolicy retryPolicy;
    private final TokenRefresher refresher;
    private final RequestLog log = new RequestLog(500);
    private final CallListener listener;
    private final Map<String, Long> operatingResetAt = new ConcurrentHashMap<>();

    private volatile ConnectionHealth health = ConnectionHealth.IGNORED;

    public BitrixClient(Connection connection, ClientOptions options) {
        this(connection, options, CallListener.NONE, null);
    }

    /** {@code listener}: told of every call besides this client's own {@link #requestLog()} (the session's log). */
    public BitrixClient(Connection connection, ClientOptions options, CallListener listener) {
        this(connection, options, listener, null);
    }

    /**
     * {@code listener}: told of every call besides this client's own {@link #requestLog()} (the session's log);
     * {@code trust}: the TLS trust for this portal (see the profile's pinned certificate), null for the default.
     */
    public BitrixClient(Connection connection, ClientOptions options, CallListener listener,
                        javax.net.ssl.SSLContext trust) {
        this.connection = connection;
        this.listener = listener;
        this.transport = new HttpTransport(options, trust);
        pace(options);
        pacing.estimator(this::estimate);
        pacing.rate(() -> gate instanceof BucketGate bucket ? bucket.perSecond() : Double.NaN);
        this.retryPolicy = new RetryPolicy(options);
        this.refresher = new TokenRefresher(transport, this::record);
    }

    public Connection connection() {
        return connection;
    }

    /**
     * Paces by this plan from the next call on (an OAuth app learns its plan from {@code app.info} after
     * connecting). What the client learnt of the operating budget so far starts again.
     */
    public void usePlan(org.badgemanager.limits.PlanChoice plan) {
        pace(options.withPlan(plan));
    }

    /** The options in force: the plan, the bucket, the budget. */
    public ClientOptions options() {
        return options;
    }

    /** Waits and their reasons, and how long a run of calls should take: for progress lines and notices. */
    public Pacing pacing() {
        return pacing;
    }

    private void pace(ClientOptions changed) {
        options = changed;
        gate = RequestGate.of(changed, pacing);
        budget = new OperatingBudget(changed.pacedOperatingLimit(), changed.pacedOperatingWindow(),
                changed.operatingMargin(), System::nanoTime, BitrixClient::nanosAt);
    }

    private java.time.Duration estimate(String method, int commandsPerCall, int calls) {
        java.time.Duration requests = gate.timeFor(calls);
        java.time.Duration budgetWait = budget.timeFor(method, commandsPerCall, calls);
        return requests.compareTo(budgetWait) >= 0 ? requests : budgetWait;
    }

    /** Who hears whether calls reach the portal (the header's connection state). */
    public void watchHealth(ConnectionHealth listener) {
        this.health = listener == null ? ConnectionHealth.IGNORED : listener;
    }

    public RequestLog requestLog() {
        return log;
    }

    public BitrixResponse call(String method) {
        return call(method, Json.object());
    }

    public BitrixResponse call(String method, ObjectNode params) {
        return execute(method, params, MethodKind.isReadOnly(method), null);
    }

    /** Runs up to 50 commands in one request; with {@code halt} the portal stops at the first failure. */
    public BatchResponse batch(List<BatchCommand> commands, boolean halt) {
        if (commands.isEmpty() || commands.size() > MAX_BATCH_COMMANDS) {
            throw new IllegalArgumentException("A batch holds 1 to 50 commands, not " + commands.size());
        }
        ObjectNode cmd = Json.object();
        Map<String, String> methods = new LinkedHashMap<>();
        boolean readOnly = true;
        for (BatchCommand c : commands) {
            cmd.put(c.name(), c.encoded());
            methods.put(c.name(), c.method());
            readOnly &= MethodKind.isReadOnly(c.method());
        }
        ObjectNode params = Json.object();
        params.put("halt", halt ? 1 : 0);
        params.set("cmd", cmd);
        return BatchResponse.from(execute("batch", params, readOnly, methods).result(), methods);
    }

    /** {@code commands}: a batch's command names and their methods, null for a plain call. */
    private BitrixResponse execute(String method, ObjectNode params, boolean readOnly, Map<String, String> commands) {
        boolean tokenRenewed = false;
        int attempt = 1;
        while (true) {
            ObjectNode sent = params.deepCopy();
            connection.authorize(sent);
            String usedToken = sent.path("auth").asText("");
            OperatingBudget spending = budget;
            RequestGate through = gate;
            OperatingBudget.Reservation reserved = reserve(spending, method, commands);
            enter(through, method, spending, reserved);
            long started = System.nanoTime();
            String body = Json.write(sent);
            SentRequest request = new SentRequest(connection.methodUri(method), "application/json", body);
            int status = 0;
            boolean left = false;
            try {
                HttpTransport.Reply reply = transport.post(connection.methodUri(method), "application/json", body,
                        method);
                status = reply.status();
                BitrixResponse response = ResponseParser.parse(method, reply);
                left = true;
                through.leave(status, null);
                spending.settle(reserved, OperatingReadings.of(method, response, commands));
                record(method, attempt, reply.status(), null, started, request, operating(response));
                health.answered();
                response.operatingResetAt().ifPresent(at -> operatingResetAt.put(method, at));
                return response;
            } catch (BitrixException failure) {
                left = true;
                through.leave(failure.httpStatus() != 0 ? failure.httpStatus() : status, failure.code());
                spending.settle(reserved, java.util.List.of());
                record(method, attempt, failure.httpStatus() != 0 ? failure.httpStatus() : status, failure.code(),
                        started, request, null);
                if (failure.is(BitrixException.CANCELLED)) {
                    throw failure;
                }
                tell(failure);
                if (!tokenRenewed && failure.is("expired_token") && connection instanceof OAuthConnection oauth) {
                    renew(oauth, usedToken);
                    tokenRenewed = true;
                    continue;
                }
                Optional<Duration> delay = retryPolicy.delayBefore(attempt + 1, failure, readOnly,
                        resetAt(method), Instant.now());
                if (delay.isEmpty()) {
                    throw failure;
                }
                sleep(delay.get(), method, failure.is("OPERATION_TIME_LIMIT")
                        ? PacingListener.WaitReason.OPERATING_BLOCK : PacingListener.WaitReason.REQUEST_RATE);
                attempt++;
            } finally {
                if (!left) {
                    // an unexpected failure: the gate must still learn the request is over, or it holds its room
                    through.leave(status, null);
                    spending.settle(reserved, java.util.List.of());
                }
            }
        }
    }

    private OperatingBudget.Reservation reserve(OperatingBudget spending, String method, Map<String, String> commands) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(method, 1);
        if (commands != null) {
            commands.values().forEach(m -> counts.merge(m, 1, Integer::sum));
        }
        if (Thread.currentThread().isInterrupted()) {
            throw cancelled(method, null);
        }
        try {
            return spending.reserve(counts, pacing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled(method, e);
        }
    }

    private void enter(RequestGate through, String method, OperatingBudget spending,
                       OperatingBudget.Reservation reserved) {
        try {
            through.enter(method);
        } catch (InterruptedException e) {
            spending.settle(reserved, java.util.List.of());
            Thread.currentThread().interrupt();
            throw cancelled(method, e);
        }
    }

    /** A Unix second of the portal's clock on our nanosecond clock. */
    private static long nanosAt(long unixSecond) {
        long fromNow = Duration.between(Instant.now(), Instant.ofEpochSecond(unixSecond)).toNanos();
        return System.nanoTime() + fromNow;
    }

    private void renew(OAuthConnection oauth, String usedToken) {
        try {
            oauth.refresh(usedToken, refresher);
        } catch (BitrixException refused) {
            if (refused.is("invalid_grant")) {
                health.signInRefused();
            }
            throw refused;
        }
    }

    private void tell(BitrixException failure) {
        if (failure.is(BitrixException.CONNECTION_FAILED) || failure.is(BitrixException.NO_ANSWER)
                || failure.is(BitrixException.TLS_FAILED)) {
            health.unreachable();
        } else {
            health.answered();
        }
    }

    private OptionalLong resetAt(String method) {
        Long at = operatingResetAt.get(method);
        return at == null ? OptionalLong.empty() : OptionalLong.of(at);
    }

    private void record(String method, int attempt, int status, String code, long startedNanos, SentRequest sent,
                        Double operating) {
        RequestLog.Entry entry = new RequestLog.Entry(Instant.now(), method, attempt, status, code,
                Duration.ofNanos(System.nanoTime() - startedNanos), RequestLog.shown(sent.maskedBody()), operating,
                sent);
        log.record(entry);
        listener.called(entry);
    }

    /** The portal's {@code time.operating}: seconds this method has used of its limit in the current window. */
    private static Double operating(BitrixResponse response) {
        var time = response.time();
        return time != null && time.path("operating").isNumber() ? time.path("operating").asDouble() : null;
    }

    /** Sleeps out a repeat's delay, telling the pacing listeners (about once a second) when it is a long one. */
    private void sleep(Duration delay, String method, PacingListener.WaitReason reason) {
        boolean told = delay.compareTo(Pacing.WORTH_SAYING) >= 0;
        long end = System.nanoTime() + delay.toNanos();
        try {
            for (long left = delay.toNanos(); left > 0; left = end - System.nanoTime()) {
                if (told) {
                    pacing.waiting(new PacingListener.Wait(reason, method, Duration.ofNanos(left)));
                }
                TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.SECONDS.toNanos(1)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled(method, e);
        } finally {
            if (told) {
                pacing.resumed();
            }
        }
    }

    private static BitrixException cancelled(String method, Throwable cause) {
        return new BitrixException(BitrixException.CANCELLED, "The work was cancelled.", 0, method, cause);
    }
}
