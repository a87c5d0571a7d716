package org.badgemanager.bench;

import javafx.animation.AnimationTimer;

/**
 * Watches the FX thread: an animation keeps pulses coming every frame, and the longest gap between two
 * pulses is the longest the window could not repaint or react.
 */
final class PulseMonitor extends AnimationTimer {
    private long last;
    private long longestNanos;

    @Override
    public void handle(long now) {
        if (last != 0) {
            longestNanos = Math.max(longestNanos, now - last);
        }
        last = now;
    }

    /** Starts a new measurement window (call on the FX thread). */
    void reset() {
        last = 0;
        longestNanos = 0;
    }

    double longestGapMillis() {
        return longestNanos / 1e6;
    }
}
