package org.badgemanager.reliability;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.badgemanager.activities.ActivityFilter;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.DeleteRunLog;
import org.badgemanager.activities.MatchingDeletion;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.testutil.Portals;

/**
 * A delete of everything a search found, as the app runs it, in a process of its own so {@link MatchingDeleteKillTest}
 * can kill it. After the first batch that brings the ids done to at least the pause count it says
 * {@code PAUSED <done>} and waits for a line on standard input.
 *
 * <p>Arguments: webhook URL, backup folder, report folder, pause count, expected count, TYPE_ID, RESPONSIBLE_ID.
 */
public final class MatchingDeleteChild {
    private MatchingDeleteChild() {
    }

    public static void main(String[] args) throws Exception {
        BitrixClient client = new BitrixClient(WebhookConnection.parse(args[0]), Portals.fastOptions());
        long pauseAt = Long.parseLong(args[3]);
        ActivityFilter filter = new ActivityFilter(null, null, Integer.valueOf(args[5]), null, null,
                Long.valueOf(args[6]), null, null);
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean[] paused = {false};
        DeleteRunLog log = new MatchingDeletion(new ActivityService(client), Clock.systemUTC()).start(filter,
                Long.parseLong(args[4]), "sandbox", Path.of(args[1]), Path.of(args[2]), () -> false, (done, all) -> {
                    System.out.println("STEP " + done);
                    if (!paused[0] && done >= pauseAt) {
                        paused[0] = true;
                        System.out.println("PAUSED " + done);
                        try {
                            stdin.readLine();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
        System.out.println("DONE " + log.end());
    }
}
