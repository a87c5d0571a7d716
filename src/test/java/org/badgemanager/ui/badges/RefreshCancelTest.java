package org.badgemanager.ui.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.AnsweringDialogs;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.ManualTaskRunner;
import org.badgemanager.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cancelling a badge refresh: what the table and status say, whenever the answer comes. */
class RefreshCancelTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingNotifier notifier = new RecordingNotifier(messages);
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final BadgesViewModel table = new BadgesViewModel(tasks, notifier, new AnsweringDialogs(true), messages);
    private SandboxPortal portal;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void whileARefreshRunsTheStatusSaysHowLongItHasWaited() {
        table.connect(new BadgeService(Portals.webhookClient(portal)));
        assertThat(table.loading().runningProperty().get()).isTrue();
        assertThat(table.busyText().get()).isEqualTo("Loading badges\u2026 0 s");
        tasks.runAll();
        assertThat(table.loading().runningProperty().get()).isFalse();
        assertThat(table.busyText().get()).isEqualTo(messages.get("status.working"));
    }

    @Test
    void anAnswerThatArrivesAfterCancelIsIgnoredAndTheRowsStay() {
        table.connect(new BadgeService(Portals.webhookClient(portal)));
        tasks.runAll();
        List<String> shown = table.codes();
        portal.removeBadge("missedCall");

        table.refresh();
        table.cancelRefresh();
        tasks.runAll(); // the answer was on its way when Cancel was pressed: it came all the same

        assertThat(table.codes()).containsExactlyElementsOf(shown).contains("missedCall");
        assertThat(table.refreshNoteProperty().get()).isEqualTo(messages.get("status.refreshCancelled"));
        assertThat(notifier.errors).isEmpty();
        assertThat(table.busyProperty().get()).isFalse();

        table.refresh();
        assertThat(table.refreshNoteProperty().get()).as("a new refresh clears the note").isEmpty();
        tasks.runAll();
        assertThat(table.codes()).doesNotContain("missedCall");
    }

    @Test
    void aFirstLoadThatWasCancelledSaysSoInsteadOfNoBadges() {
        table.connect(new BadgeService(Portals.webhookClient(portal)));
        table.cancelRefresh();
        tasks.runAll();
        assertThat(table.allBadges()).isEmpty();
        assertThat(table.placeholderText().get()).isEqualTo(messages.get("table.refreshCancelled"));
    }
}
