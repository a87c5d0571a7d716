package org.badgemanager.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/** Runs an action once a second on the FX thread while a condition holds: keeps a "waiting 4 s" text current. */
public final class EverySecond {
    private EverySecond() {
    }

    public static void whileTrue(ObservableBooleanValue condition, Runnable action) {
        Timeline timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> action.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        condition.addListener((o, was, now) -> {
            if (now) {
                timeline.playFromStart();
            } else {
                timeline.stop();
            }
        });
        if (condition.get()) {
            timeline.play();
        }
    }
}
