package org.badgemanager.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.CleanupResult;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.sandbox.ActivityAccess;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The where-used bar's words and its guided run through a webhook: candidates with their note and no run, the
 * badge filter of the search, a carrier the webhook may not delete (the badge stays, the report says why).
 */
class WhereUsedViewModelTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingNotifier notifier = new RecordingNotifier(messages);
    private final List<String> asked = new ArrayList<>();
    private final DialogService dialogs = (title, header, content, preview) -> {
        asked.add(header + "\n" + content);
        return true;
    };
    @TempDir Path home;
    private SandboxPortal portal;
    private ActivitiesViewModel tab;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        BitrixClient client = Portals.webhookClient(portal);
        SyncTaskRunner tasks = new SyncTaskRunner();
        ActivityLabels labels = new ActivityLabels(messages);
        tab = new ActivitiesViewModel(tasks, notifier, dialogs, labels,
                new BulkDeleteViewModel(tasks, notifier, dialogs, labels, home, Clock.systemUTC(), System::nanoTime));
        ActivityService activities = new ActivityService(client);
        tab.connect(activities, "sandbox");
        tab.whereUsed().connect(client, activities, new BadgeService(client), "sandbox");
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void candidatesAreMarkedExplainedAndNeverDeletedOnAGuess() {
        portal.control().providerParamsReturned(false);
        tab.showWhereUsed("missedCall");

        assertThat(tab.rows()).hasSize(35).allMatch(r -> r.badge().equals("? unknown"));
        assertThat(tab.rows()).noneMatch(ActivityRow::isChecked);
        assertThat(tab.whereUsed().noteProperty().get()).startsWith("The portal did not send the activities' "
                + "parameters (PROVIDER_PARAMS), and a webhook may not ask crm.activity.configurable.get")
                .contains("The 35 rows whose badge reads \u201c? unknown\u201d are candidates");
        assertThat(tab.whereUsed().canCleanUp().get()).isFalse();
        tab.whereUsed().cleanUp();
        assertThat(asked).isEmpty();
        assertThat(portal.requests("batch")).as("no delete; the one batch shown asked for names")
                .allMatch(r -> !r.params().toString().contains("crm.activity.delete"));
    }

    @Test
    void theBadgeFilterOfTheSearchFindsCarriersAndTheOtherFiltersStepAside() {
        tab.form().badgeProperty().set(" deliveryDelayed ");
        tab.form().providerIdProperty().set("CRM_TODO");
        tab.search();

        assertThat(tab.rows()).hasSize(8).allMatch(r -> r.badge().equals("deliveryDelayed"));
        assertThat(tab.whereUsed().summaryProperty().get()).isEqualTo("\u201cdeliveryDelayed\u201d is on 8 activities: "
                + "8 open (they keep the portal from deleting it), 0 completed (they do not).");
        assertThat(tab.whereUsed().noteProperty().get()).isEmpty();
        assertThat(tab.whereUsed().canCleanUp().get()).isTrue();

        tab.form().badgeProperty().set("");
        tab.search();
        assertThat(tab.whereUsed().badgeCodeProperty().get()).as("a plain search hides the bar").isEmpty();
    }

    @Test
    void aCarrierTheWebhookMayNotDeleteKeepsTheBadgeAndTheReportSaysSo() {
        long appOnly = firstCarrier("missedCall");
        portal.control().recycleBin(false);
        portal.setActivityAccess(appOnly, ActivityAccess.APP_CREATED);
        tab.showWhereUsed("missedCall");

        tab.whereUsed().cleanUp();

        assertThat(asked).singleElement().asString().startsWith("Free the badge \u201cmissedCall\u201d and delete it?")
                .contains("Back up 12 activities to").endsWith("Then delete the badge \u201cmissedCall\u201d.");
        assertThat(tab.whereUsed().endingProperty().get()).isEqualTo(CleanupResult.Ending.ACTIVITIES_LEFT);
        assertThat(tab.whereUsed().outcomeProperty().get()).startsWith("Deleted 11 of 12 activities. Backup of 12 records:")
                .endsWith("1 activity still carries \u201cmissedCall\u201d (see the Report tab), so the badge was not "
                        + "deleted. Nothing is lost: every deleted record is in the backup.");
        assertThat(portal.badge("missedCall")).isPresent();
        assertThat(portal.requests("crm.activity.badge.delete")).isEmpty();
        assertThat(tab.bulk().report()).hasSize(12)
                .filteredOn(r -> r.id() == appOnly).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(messages.get("outcome.APP_CONTEXT_REQUIRED")));
        assertThat(tab.rows()).as("the table shows what still carries it").extracting(ActivityRow::id)
                .containsExactly(appOnly);
    }

    private long firstCarrier(String code) {
        for (long id = 1; id <= 300; id++) {
            if (portal.activity(id).map(a -> code.equals(a.path("PROVIDER_PARAMS").path("badgeCode").asText()))
                    .orElse(false)) {
                return id;
            }
        }
        throw new AssertionError("no carrier of " + code);
    }
}
