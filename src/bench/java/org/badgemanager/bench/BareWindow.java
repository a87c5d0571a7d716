package org.badgemanager.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline: a bare JavaFX window with one label, timed exactly like the app's probe. With the argument
 * {@code rss} it stays up two seconds and prints its resident memory instead; with {@code stay} it stays up.
 */
public final class BareWindow extends Application {
    /** Its title, for finding it on the screen (StartupBench). */
    static final String TITLE = "Bare JavaFX window";

    @Override
    public void start(Stage stage) {
        stage.setTitle(TITLE);
        stage.setScene(new Scene(new Label("Hello"), 300, 200));
        stage.show();
        if (getParameters().getRaw().contains("rss")) {
            Thread probe = new Thread(() -> {
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                System.out.printf("%.0f%n", Memory.residentMegabytes());
                Platform.exit();
            });
            probe.setDaemon(true);
            probe.start();
            return;
        }
        if (getParameters().getRaw().contains("stay")) {
            return; // timed from outside (StartupBench): stays up until it is ended
        }
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                System.out.println("first-frame-epoch-ms=" + System.currentTimeMillis());
                System.out.flush();
                Platform.exit();
            }
        }.start();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
