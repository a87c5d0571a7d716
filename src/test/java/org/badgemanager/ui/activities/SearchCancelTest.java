package org.badgemanager.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.ManualTaskRunner;
import org.badgemanager.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancelling an activity search: the found rows and the table's text stay, whenever the answer comes. */
class SearchCancelTest {
    private static final int DEAL = 2;
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingNotifier notifier = new RecordingNotifier(messages);
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    @TempDir Path home;
    private SandboxPortal portal;
    private ActivitiesViewModel tab;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false).noRateLimit());
        ActivityLabels labels = new ActivityLabels(messages);
        tab = new ActivitiesViewModel(tasks, notifier, (t, h, c, p) -> true, labels,
                new BulkDeleteViewModel(tasks, notifier, (t, h, c, p) -> true, labels, home, Clock.systemUTC(),
                        System::nanoTime));
        tab.connect(new ActivityService(Portals.webhookClient(portal)), "sandbox");
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void anAnswerThatArrivesAfterCancelIsIgnoredAndTheFoundRowsStay() {
        portal.addActivities(4, DEAL, 77);
        tab.search();
        assertThat(tab.loadStatus().get()).isEqualTo("Loading activities\u2026 0 s");
        tasks.runAll();
        assertThat(tab.rows()).hasSize(4);
        assertThat(tab.loadStatus().get()).isEmpty();
        String tableText = tab.tableMessageProperty().get();
        portal.addActivities(2, DEAL, 77);

        tab.search();
        tab.cancelLoad();
        tasks.runAll();

        assertThat(tab.rows()).hasSize(4);
        assertThat(tab.totalProperty().get()).isEqualTo(4);
        assertThat(tab.tableMessageProperty().get()).isEqualTo(tableText);
        assertThat(tab.loadStatus().get()).isEqualTo(messages.get("activities.loadCancelled"));
        assertThat(notifier.errors).isEmpty();
        assertThat(tab.busyProperty().get()).isFalse();

        tab.search();
        tasks.runAll();
        assertThat(tab.rows()).hasSize(6);
        assertThat(tab.loadStatus().get()).isEmpty();
    }
}
