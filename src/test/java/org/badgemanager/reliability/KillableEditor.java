package org.badgemanager.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.EditJournal;
import org.badgemanager.badges.PendingEdit;
import org.badgemanager.badges.ReplaceResult;
import org.badgemanager.badges.SafetyNet;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.Json;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.testutil.Portals;

/**
 * The app's services without a window, in a JVM of its own, for {@link ProcessKilledTest} to kill: it edits or
 * deletes one badge through the real client, journal and files, printing where it is on stdout. Test code only:
 * the journal is wrapped so the run can stop dead at a step between two calls, where the test kills it.
 *
 * <p>Arguments: webhook URL, data folder, {@code replace|delete}, pause point ({@code none|journaled|beforeEnd}),
 * old badge JSON, new badge JSON (replace only).
 */
public final class KillableEditor {
    static final String READY = "READY";
    static final String PAUSED = "PAUSED ";
    static final String DONE = "DONE ";

    public static void main(String[] args) throws Exception {
        WebhookConnection connection = WebhookConnection.parse(args[0]);
        // a held call must outlast the test's kill: no timeout of the client's own gets there first
        ClientOptions options = Portals.fastOptions().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(60));
        BitrixClient client = new BitrixClient(connection, options);
        SafetyNet net = SafetyNets.in(Path.of(args[1]))
                .forPortal(SafetyNets.portalKey(connection.methodUri("profile")));
        SafetyNet pausing = new SafetyNet(new PausingJournal(net.journal(), args[3]), net.recentlyDeleted(),
                net.inFlight());
        BadgeService service = new BadgeService(client, Duration.ofMillis(10), pausing);
        Badge old = Badge.fromJson(Json.parse(args[4]));
        say(READY);
        if (args[2].equals("delete")) {
            service.delete(old);
            say(DONE + "deleted");
        } else {
            ReplaceResult result = service.replace(old, Badge.fromJson(Json.parse(args[5])));
            say(DONE + result.outcome());
        }
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Stops the run for good right after the journal entry is on disk, or right before it is cleared. */
    private record PausingJournal(EditJournal journal, String pauseAt) implements EditJournal {
        @Override
        public PendingEdit begin(PendingEdit.Kind kind, Badge old, Badge updated) {
            PendingEdit edit = journal.begin(kind, old, updated);
            pauseIf("journaled");
            return edit;
        }

        @Override
        public void end(PendingEdit edit) {
            pauseIf("beforeEnd");
            journal.end(edit);
        }

        @Override
        public List<PendingEdit> pending() {
            return journal.pending();
        }

        private void pauseIf(String step) {
            if (step.equals(pauseAt)) {
                say(PAUSED + step);
                try {
                    Thread.sleep(Long.MAX_VALUE); // until killed
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
