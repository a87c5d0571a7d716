package org.badgemanager.bitrix;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer body as UTF-8 text, but never more than a limit. The JDK's own string handler keeps whatever
 * arrives, so an endless body filled the heap; here the subscription is cancelled once the limit is passed
 * (which closes the connection rather than draining it) and the body fails with {@link TooLarge}. A
 * {@code Content-Length} above the limit is refused before a byte is read. One instance per request.
 */
final class BoundedBody implements HttpResponse.BodyHandler<String> {
    private final long limit;
    private volatile Reader reader;

    BoundedBody(long limit) {
        this.limit = limit;
    }

    @Override
    public HttpResponse.BodySubscriber<String> apply(HttpResponse.ResponseInfo info) {
        Reader started = new Reader(limit, info.headers().firstValueAsLong("Content-Length").orElse(-1));
        reader = started;
        return started;
    }

    /** Stops reading the body, if it has started (the deadline passed, or the caller gave up). */
    void abort(Throwable why) {
        Reader current = reader;
        if (current != null) {
            current.abort(why);
        }
    }

    /** The answer was longer than {@link #limit()} bytes. */
    static final class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("The answer is longer than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    /** One body. Signals arrive one at a time (Flow rules); only {@link #abort} may come from another thread. */
    private static final class Reader implements HttpResponse.BodySubscriber<String> {
        private static final int FIRST_CAPACITY = 8192;
        private final CompletableFuture<String> body = new CompletableFuture<>();
        private final long limit;
        private final long announced;
        private Flow.Subscription subscription;
        private byte[] bytes = new byte[0];
        private int length;

        Reader(long limit, long announced) {
            this.limit = limit;
            this.announced = announced;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            synchronized (this) {
                subscription = s;
            }
            if (announced > limit) {
                abort(new TooLarge(limit));
            } else if (body.isDone()) {
                s.cancel(); // aborted before the body started
            } else {
                s.request(1); // one batch of buffers at a time: the client reads no faster than we keep up
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                bytes = null;
                return;
            }
            for (ByteBuffer buffer : buffers) {
                int size = buffer.remaining();
                if ((long) length + size > limit) {
                    bytes = null;
                    abort(new TooLarge(limit));
                    return;
                }
                growTo(length + size);
                buffer.get(bytes, length, size);
                length += size;
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            body.completeExceptionally(error);
            bytes = null;
        }

        @Override
        public void onComplete() {
            if (bytes != null) {
                body.complete(new String(bytes, 0, length, StandardCharsets.UTF_8));
            }
            bytes = null;
        }

        @Override
        public CompletionStage<String> getBody() {
            return body;
        }

        void abort(Throwable why) {
            if (body.completeExceptionally(why)) {
                Flow.Subscription s;
                synchronized (this) {
                    s = subscription;
                }
                if (s != null) {
                    s.cancel();
                }
            }
        }

        /** Grows by doubling, but never past the limit: the buffer is the most memory an answer can take. */
        private void growTo(int needed) {
            if (needed <= bytes.length) {
                return;
            }
            long wanted = bytes.length == 0 && announced > 0 ? announced : Math.max(FIRST_CAPACITY, 2L * bytes.length);
            int capacity = (int) Math.max(needed, Math.min(limit, wanted));
            bytes = Arrays.copyOf(bytes, capacity);
        }
    }
}
