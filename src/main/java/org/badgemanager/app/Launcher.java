package org.badgemanager.app;

import javafx.application.Application;
import org.badgemanager.cli.Cli;
import org.badgemanager.cli.CliMain;

/**
 * Plain main class, so the app also starts from a class-path jar (a main class extending Application needs
 * JavaFX on the module path). A subcommand ({@code list}, {@code compare}, …) goes to the command line instead.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            // a subcommand: the command line, headless; no JavaFX class is touched on this path
            System.exit(CliMain.run(args));
        }
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
