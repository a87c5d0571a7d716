package org.badgemanager.app;

import javafx.application.Application;

/**
 * Plain main class, so the app also starts from a class-path jar (a main class extending Application needs
 * JavaFX on the module path).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        for (String arg : args) {
            if (arg.equals("--version")) {
                String version = Launcher.class.getPackage().getImplementationVersion();
                System.out.println("Badge Manager for Bitrix24 " + (version == null ? "(development build)" : version));
                return;
            }
        }
        StartupProbe.mark("main");
        StartupPreparation.beginEarly(); // reads settings on the second core while the toolkit starts
        Application.launch(BadgeManagerApp.class, args);
    }
}
