package org.badgemanager.testutil;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.badgemanager.connection.kinds.oauth.Browser;

/**
 * Plays the system browser against the sandbox's sign-in page: loads the page it is sent to, allows (or denies)
 * access, and follows the redirect to the app's handler address, all on its own thread as a real browser would.
 * What it saw is kept for the test: the pages opened, the address it ended on, and each answer of the handler
 * (its HTTP status, or -1 when nobody listened).
 */
public final class SandboxBrowser implements Browser {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile boolean allow = true;
    private volatile boolean follow = true;
    private volatile int visits = 1;
    private volatile UnaryOperator<String> rewrite = UnaryOperator.identity();
    private volatile Consumer<String> stoppedAt = address -> { };
    public final List<URI> opened = new CopyOnWriteArrayList<>();
    public final List<Integer> handlerAnswers = new CopyOnWriteArrayList<>();
    public volatile String endedOn;
    public volatile boolean done;

    /** The user clicks Deny on the consent page. */
    public SandboxBrowser denying() {
        allow = false;
        return this;
    }

    /** The redirect is changed before it is followed (e.g. another state). */
    public SandboxBrowser rewritingRedirect(UnaryOperator<String> change) {
        rewrite = change;
        return this;
    }

    /** The redirect is followed this many times (a reloaded tab, a duplicate). */
    public SandboxBrowser visitingHandler(int times) {
        visits = times;
        return this;
    }

    /** The browser cannot reach the handler: it stops on the redirect address, handed to {@code user} to paste. */
    public SandboxBrowser stoppingAtRedirect(Consumer<String> user) {
        follow = false;
        stoppedAt = user;
        return this;
    }

    @Override
    public void open(URI page) {
        opened.add(page);
        done = false;
        Thread thread = new Thread(() -> visit(page), "sandbox-browser");
        thread.setDaemon(true);
        thread.start();
    }

    private void visit(URI page) {
        try {
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(page).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (form.statusCode() != 200) {
                endedOn = page.toString();
                return;
            }
            String query = page.getRawQuery();
            HttpResponse<String> decided = http.send(HttpRequest.newBuilder(page.resolve("/oauth/authorize/"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(query + "&decision=" + (allow ? "allow" : "deny")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String location = decided.headers().firstValue("Location").orElse(null);
            if (location == null) {
                endedOn = page.toString();
                return;
            }
            String target = rewrite.apply(location);
            endedOn = target;
            if (!follow) {
                stoppedAt.accept(target);
                return;
            }
            for (int i = 0; i < visits; i++) {
                handlerAnswers.add(get(target));
            }
        } catch (IOException e) {
            endedOn = "failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done = true;
        }
    }

    private int get(String address) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException nobodyListens) {
            return -1;
        }
    }
}
