package org.badgemanager.connection.kinds.oauth;

import java.time.Duration;
import java.util.Map;

/**
 * Where a sign-in in flight can be reached: it opens the browser, and takes the address the browser ended on
 * when the user pastes it (for a portal that cannot redirect to this computer). One sign-in at a time.
 */
public final class SignInDesk {
    /** Long enough to sign in and consent; the user can cancel any time before. */
    public static final Duration DEFAULT_PATIENCE = Duration.ofMinutes(5);
    private final Browser browser;
    private final Duration patience;
    private volatile LoopbackReceiver waiting;

    public SignInDesk(Browser browser) {
        this(browser, DEFAULT_PATIENCE);
    }

    public SignInDesk(Browser browser, Duration patience) {
        this.browser = browser;
        this.patience = patience;
    }

    Browser browser() {
        return browser;
    }

    Duration patience() {
        return patience;
    }

    void waitWith(LoopbackReceiver receiver) {
        waiting = receiver;
    }

    void doneWith(LoopbackReceiver receiver) {
        if (waiting == receiver) {
            waiting = null;
        }
    }

    public boolean isWaiting() {
        return waiting != null;
    }

    /**
     * Hands the pasted address (or just its query) to the sign-in that waits; false when none waits or the text
     * carries no code or error.
     */
    public boolean offerPasted(String address) {
        LoopbackReceiver receiver = waiting;
        Map<String, String> query = RedirectQuery.parse(address);
        if (receiver == null || !(query.containsKey("code") || query.containsKey("error"))) {
            return false;
        }
        receiver.offer(query);
        return true;
    }
}
