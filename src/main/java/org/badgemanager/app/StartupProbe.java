package org.badgemanager.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The moment the main window's first frame is rendered. For the start-up benchmark and the CDS training run,
 * {@code -Dbadgemanager.startupProbe=print} prints its wall-clock time; {@code =exit} also quits right after;
 * {@code =train} runs {@link CdsTraining} instead of asking where to connect.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    static boolean training() {
        return "train".equals(System.getProperty("badgemanager.startupProbe"));
    }

    /** With the probe on, prints how far into the process a start-up step is (for finding what is slow). */
    public static void mark(String step) {
        if (System.getProperty("badgemanager.startupProbe") != null) {
            System.out.println("startup-step " + step + " at-epoch-ms=" + System.currentTimeMillis());
        }
    }

    /**
     * Call right after the main window's views are in the shown window (styled and laid out). {@code next} runs
     * at the next pulse, the one that renders them: work that is not needed for that frame (starting the
     * sandbox, opening the connection dialog) waits for it, so it does not compete with the first frame for the
     * CPU.
     */
    public static void afterFirstFrame(Runnable next) {
        String mode = System.getProperty("badgemanager.startupProbe");
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                if (mode != null) {
                    System.out.println("first-frame-epoch-ms=" + System.currentTimeMillis());
                    System.out.flush();
                }
                if ("exit".equals(mode)) {
                    Platform.exit();
                } else {
                    next.run();
                }
            }
        }.start();
    }
}
