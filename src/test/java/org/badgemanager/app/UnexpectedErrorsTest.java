package org.badgemanager.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.util.Locale;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.badgemanager.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An error nobody caught shows a dialog whose details can be copied, with secrets masked. */
@ExtendWith(ApplicationExtension.class)
class UnexpectedErrorsTest {
    private Thread.UncaughtExceptionHandler previous;

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.control.Label("app"), 400, 300));
        stage.show();
        previous = Thread.getDefaultUncaughtExceptionHandler();
        UnexpectedErrors.install(stage, Messages.forLocale(Locale.ENGLISH));
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    @Test
    void anUncaughtErrorShowsADialogAndCopiesMaskedDetails(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("call to https://p.example/rest/1/secretcode12/profile failed");
        });
        worker.start();
        worker.join();
        waitUntil(() -> robot.lookup("Copy details").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).contains("/rest/1/••••••/").doesNotContain("secretcode12");
        assertThat(((TextArea) pane.getExpandableContent()).getText()).contains("IllegalStateException")
                .doesNotContain("secretcode12");
        robot.clickOn("Copy details");
        String copied = readClipboard(robot);
        assertThat(copied).contains("IllegalStateException").doesNotContain("secretcode12");
        assertThat(robot.lookup("Copy details").tryQuery()).as("copying keeps the dialog open").isPresent();
    }

    private static String readClipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
