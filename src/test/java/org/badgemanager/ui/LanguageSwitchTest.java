package org.badgemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.ui.UiHarness.tableHas;
import static org.badgemanager.ui.UiHarness.waitUntil;

import java.nio.file.Files;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.badgemanager.session.ConnectionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The UI can be switched to Russian; the table keeps its portal and shows Russian texts of badges. */
@ExtendWith(SandboxUi.class)
class LanguageSwitchTest {
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui.show(stage).connectDirectly(ConnectionRequest.sandbox());
    }

    @Test
    void switchingToRussianRebuildsTheWindowInRussian(FxRobot robot) throws Exception {
        waitUntil(() -> tableHas(robot, "paymentOverdue"));
        robot.clickOn("#languageMenu").clickOn("#russianItem");
        waitUntil(() -> robot.lookup("#addButton").queryAs(Button.class).getText().equals("Добавить"));
        waitUntil(() -> UiHarness.table(robot).getItems().stream()
                .anyMatch(r -> r.code().equals("paymentOverdue") && r.title().equals("Оплата")));
        waitUntil(() -> Files.exists(ui.home.resolve("config/settings.json")));
        waitUntil(() -> {
            try {
                return Files.readString(ui.home.resolve("config/settings.json")).contains("\"uiLanguage\" : \"ru\"");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertThat(robot.lookup("#switchConnectionButton").queryAs(Button.class).getText()).isEqualTo("Подключение…");
    }
}
