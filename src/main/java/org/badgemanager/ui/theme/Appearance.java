package org.badgemanager.ui.theme;

import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The app's light or dark look: AtlantaFX's Primer Light or Primer Dark as the user-agent stylesheet, under the
 * app's own app.css (which only uses Primer's looked-up colours, so it follows). The user-agent stylesheet belongs
 * to the whole JavaFX application, so this state is one per process too: every window and dialog, including
 * alerts and popups, switches at once, and a window rebuilt for another language keeps the look. FX thread only.
 */
public final class Appearance {
    /*
     * The stylesheets inside atlantafx-base, named directly: its classes (PrimerLight...) are Java 21 bytecode and the
     * app runs on Java 17, but its CSS is plain JavaFX 21 CSS and needs none of them.
     */
    private static final String PRIMER_LIGHT = "/atlantafx/base/theme/primer-light.css";
    private static final String PRIMER_DARK = "/atlantafx/base/theme/primer-dark.css";
    private static final ReadOnlyObjectWrapper<ThemeChoice> CHOICE = new ReadOnlyObjectWrapper<>(ThemeChoice.SYSTEM);
    private static final ReadOnlyBooleanWrapper DARK = new ReadOnlyBooleanWrapper();
    private static boolean systemPrefersDark;
    private static boolean applied;

    private Appearance() {
    }

    /**
     * Applies {@code choice} now, taking the system's answer if it is already in (it is asked from {@code main},
     * while the toolkit starts); a later answer switches the look when it comes, so start-up never waits for it.
     */
    public static void start(ThemeChoice choice, CompletableFuture<Boolean> systemAnswer) {
        systemPrefersDark = systemAnswer.getNow(false);
        choose(choice);
        if (!systemAnswer.isDone()) {
            systemAnswer.thenAccept(dark -> Platform.runLater(() -> systemAnswered(dark)));
        }
    }

    public static void choose(ThemeChoice choice) {
        CHOICE.set(choice);
        show(choice.dark(systemPrefersDark));
    }

    static void systemAnswered(boolean prefersDark) {
        systemPrefersDark = prefersDark;
        show(CHOICE.get().dark(prefersDark));
    }

    /** Makes sure a theme is set (tests and tools that open windows without {@link #start}). */
    public static void ensureApplied() {
        if (!applied) {
            show(DARK.get());
        }
    }

    private static void show(boolean dark) {
        if (applied && DARK.get() == dark) {
            return;
        }
        Application.setUserAgentStylesheet(stylesheet(dark));
        DARK.set(dark);
        applied = true;
    }

    static String stylesheet(boolean dark) {
        var url = Appearance.class.getResource(dark ? PRIMER_DARK : PRIMER_LIGHT);
        if (url == null) {
            throw new IllegalStateException("atlantafx-base is missing from the class path");
        }
        return url.toExternalForm();
    }

    public static ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
        return CHOICE.getReadOnlyProperty();
    }

    public static ReadOnlyBooleanProperty darkProperty() {
        return DARK.getReadOnlyProperty();
    }
}
