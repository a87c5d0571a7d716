package org.badgemanager.ui.activities;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.badgemanager.bitrix.PacingListener;
import org.badgemanager.ui.common.Messages;

/**
 * The progress line of a bulk run: done / total of the current phase (backup, then delete), the rate and the
 * time left, measured from the start of that phase but never below what the portal's limits allow, and while the
 * client holds calls back, why and for how long ("waiting for the portal's time budget for crm.activity.delete:
 * 0:42"). Fed by the work's progress reports ({@code fraction},
 * {@code phase}); the work itself knows nothing of words or clocks.
 */
final class RunProgress {
    private final DoubleProperty fraction = new SimpleDoubleProperty();
    private final StringProperty phase = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty cancelling = new SimpleBooleanProperty();
    private final Messages messages;
    private final LongSupplier nanos;
    private int total;
    private long phaseStarted;
    private long runStarted;
    private PacingListener.Wait wait;
    private BiFunction<String, Integer, Duration> limits = (phase, remaining) -> Duration.ZERO;

    RunProgress(Messages messages, LongSupplier nanos) {
        this.messages = messages;
        this.nanos = nanos;
        fraction.addListener(o -> show());
        phase.addListener(o -> {
            phaseStarted = nanos.getAsLong();
            show();
        });
    }

    /**
     * How long the ids left of a phase take at least under the portal's limits (request bucket and time budget),
     * as the client knows them; the time left shown is never below it.
     */
    void limits(BiFunction<String, Integer, Duration> forRemaining) {
        limits = forRemaining;
    }

    /** A wait the client announced (FX thread): the line says why and for how long until {@link #resumed()}. */
    void waiting(PacingListener.Wait announced) {
        wait = announced;
        show();
    }

    void resumed() {
        wait = null;
        show();
    }

    void start(int ids) {
        total = ids;
        wait = null;
        cancelling.set(false);
        phase.set("");
        fraction.set(0);
        runStarted = nanos.getAsLong();
    }

    void cancelling() {
        cancelling.set(true);
        show();
    }

    /** The last line of a run: {@code key} gets the deleted count, the total and the time taken. */
    void finish(String key, long deleted, int all) {
        cancelling.set(false);
        wait = null;
        text.set(messages.get(key, deleted, all, Durations.words((nanos.getAsLong() - runStarted) / 1e9, messages)));
    }

    void fail(String line) {
        cancelling.set(false);
        wait = null;
        text.set(line);
    }

    /** Deletes may have been sent: the work reported the delete phase. */
    boolean deleting() {
        return "DELETE".equals(phase.get());
    }

    private void show() {
        if (phase.get().isEmpty()) {
            return;
        }
        int done = (int) Math.round(fraction.get() * total);
        StringBuilder line = new StringBuilder(messages.get("bulk.progress." + phase.get(), done, total));
        double seconds = (nanos.getAsLong() - phaseStarted) / 1e9;
        if (wait != null) {
            // why it waits comes first: a long line is cut at its end, and the rate means little during a wait
            line.append(" \u00b7 ").append(messages.get("pacing.wait." + wait.reason().name(), wait.method(),
                    Durations.clock(wait.left().toMillis() / 1000.0)));
        }
        if (done > 0 && done < total && seconds > 0) {
            double rate = done / seconds;
            double bound = limits.apply(phase.get(), total - done).toMillis() / 1000.0;
            if (wait == null) {
                line.append(" \u00b7 ").append(messages.get("bulk.rate", rate));
            }
            line.append(" \u00b7 ").append(messages.get("bulk.left",
                    Durations.words(Math.max((total - done) / rate, bound), messages)));
        }
        if (cancelling.get()) {
            line.append(" \u00b7 ").append(messages.get("bulk.cancelling"));
        }
        text.set(line.toString());
    }

    DoubleProperty fraction() {
        return fraction;
    }

    StringProperty phase() {
        return phase;
    }

    StringProperty text() {
        return text;
    }

    BooleanProperty cancellingProperty() {
        return cancelling;
    }
}
