package org.badgemanager.ui.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.AnsweringDialogs;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.ManualTaskRunner;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.badgemanager.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The badge table's state and commands, run synchronously against the sandbox portal. */
class BadgesViewModelTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingNotifier notifier = new RecordingNotifier(messages);
    private SandboxPortal portal;
    private BadgeService service;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        service = new BadgeService(Portals.webhookClient(portal));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private BadgesViewModel table(TaskRunner tasks, boolean confirm) {
        return new BadgesViewModel(tasks, notifier, new AnsweringDialogs(confirm), messages);
    }

    @Test
    void connectingLoadsEveryBadgeWithTextsInTheUiLanguage() {
        BadgesViewModel table = table(new SyncTaskRunner(), true);
        table.connect(service);
        assertThat(table.allBadges()).hasSize(portal.badges().size());
        BadgeRow overdue = table.find("paymentOverdue").orElseThrow();
        assertThat(overdue.title()).isEqualTo("Payment");
        assertThat(overdue.languages()).isEqualTo("en, ru");
        assertThat(BadgeRow.of(overdue.badge(), "ru").title()).isEqualTo("Оплата");
    }

    @Test
    void theTableSaysWhatIsGoingOnWhenEmpty() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        BadgesViewModel table = table(tasks, true);
        assertThat(table.placeholderText().get()).isEqualTo(messages.get("table.notConnected"));
        table.connect(service);
        assertThat(table.busyProperty().get()).isTrue();
        assertThat(table.placeholderText().get()).isEqualTo(messages.get("table.loading"));
        assertThat(table.canAddProperty().get()).isFalse();
        tasks.runAll();
        table.searchProperty().set("no such thing");
        assertThat(table.visibleBadges()).isEmpty();
        assertThat(table.placeholderText().get()).isEqualTo("No badge matches “no such thing”.");
    }

    @Test
    void searchMatchesCodeTitleAndValueInEveryLanguage() {
        BadgesViewModel table = table(new SyncTaskRunner(), true);
        table.connect(service);
        table.searchProperty().set("LIEFER");
        assertThat(table.visibleBadges()).extracting(BadgeRow::code).containsExactly("deliveryDelayed");
        table.searchProperty().set("vip");
        assertThat(table.visibleBadges()).extracting(BadgeRow::code).containsExactly("vipClient");
        table.searchProperty().set("");
        assertThat(table.visibleBadges()).hasSize(table.allBadges().size());
        assertThat(table.countText().get()).isEqualTo(table.allBadges().size() + " badges");
    }

    @Test
    void aFailedRefreshKeepsTheRowsAndShowsTheCode() {
        BadgesViewModel table = table(new SyncTaskRunner(), true);
        table.connect(service);
        int rows = table.allBadges().size();
        portal.faults().failAlways("crm.activity.badge.list", 503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
        table.refresh();
        assertThat(table.allBadges()).hasSize(rows);
        assertThat(notifier.errorCodes()).containsExactly("QUERY_LIMIT_EXCEEDED");
        assertThat(notifier.errors.get(0).advice()).isEqualTo(messages.get("error.QUERY_LIMIT_EXCEEDED.advice"));
    }

    @Test
    void deleteAsksFirstAndOffersUndo() {
        BadgesViewModel table = table(new SyncTaskRunner(), true);
        table.connect(service);
        table.delete(table.find("vipClient").orElseThrow());
        assertThat(portal.badge("vipClient")).isEmpty();
        assertThat(table.find("vipClient")).isEmpty();
        assertThat(notifier.infos).containsExactly("Badge “vipClient” deleted.");
        notifier.actions.get(0).run();
        assertThat(portal.badge("vipClient")).isPresent();
        assertThat(table.find("vipClient")).isPresent();
    }

    @Test
    void aDeclinedConfirmationSendsNothing() {
        BadgesViewModel table = table(new SyncTaskRunner(), false);
        table.connect(service);
        table.delete(table.find("vipClient").orElseThrow());
        assertThat(portal.requests("crm.activity.badge.delete")).isEmpty();
        assertThat(table.find("vipClient")).isPresent();
    }

    @Test
    void aBadgeInUseIsExplainedAndKept() {
        BadgesViewModel table = table(new SyncTaskRunner(), true);
        table.connect(service);
        table.delete(table.find("missedCall").orElseThrow());
        assertThat(notifier.errorCodes()).containsExactly("ENTITY_WITH_BADGE_EXISTS");
        assertThat(notifier.errors.get(0).description()).isEqualTo(messages.get("delete.inUse"));
        assertThat(notifier.errors.get(0).advice()).contains("Where is it used?");
        assertThat(table.find("missedCall")).isPresent();
        // the popup's one action leads to the activities that carry the badge
        java.util.List<String> asked = new java.util.ArrayList<>();
        table.setOnWhereUsed(asked::add);
        assertThat(notifier.actions).hasSize(1);
        notifier.actions.get(0).run();
        assertThat(asked).containsExactly("missedCall");
    }
}
