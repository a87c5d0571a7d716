package org.badgemanager.reliability;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BulkDeletion;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.testutil.Portals;

/**
 * The bulk delete as the app runs it, in a process of its own so {@link BulkDeleteKillTest} can kill it.
 * It says each progress step on standard output ({@code STEP DELETE 50}); at the step named by its third argument
 * it says {@code PAUSED} and waits for a line on standard input, so the test can kill it exactly there.
 *
 * <p>Arguments: webhook URL, backup folder, pause step ({@code BACKUP:50}, {@code DELETE:0}, or {@code none}),
 * comma-separated ids.
 */
public final class BulkDeleteChild {
    private BulkDeleteChild() {
    }

    public static void main(String[] args) throws Exception {
        BitrixClient client = new BitrixClient(WebhookConnection.parse(args[0]), Portals.fastOptions());
        Path backups = Path.of(args[1]);
        String pauseAt = args[2];
        List<Long> ids = Arrays.stream(args[3].split(",")).map(Long::valueOf).toList();
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BulkDeletion.Result result = new BulkDeletion(new ActivityService(client), Clock.systemUTC())
                .run(ids, backups, "sandbox", () -> false, (phase, done, total) -> {
                    String step = phase + ":" + done;
                    System.out.println("STEP " + step);
                    if (step.equals(pauseAt)) {
                        System.out.println("PAUSED " + step);
                        try {
                            stdin.readLine();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
        System.out.println("DONE " + result.report().outcomes().size() + " " + result.backupFile());
    }
}
