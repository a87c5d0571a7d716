package org.badgemanager.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.badgemanager.activities.ActivityRestorer;
import org.badgemanager.activities.ActivityService;
import org.badgemanager.activities.BackupFile;
import org.badgemanager.activities.RestoreLog;
import org.badgemanager.activities.RestorePlan;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.testutil.Portals;

/**
 * A restore from a backup as the app runs it (the backup's restore log included), in a process of its own so
 * {@link RestoreKillTest} can kill it. It says {@code STEP n} after each batch's answer is logged; at the step
 * named by its third argument it says {@code PAUSED n} and waits for a line on standard input.
 *
 * <p>Arguments: webhook URL, backup file, pause step (records done, e.g. {@code 50}, or {@code none}).
 */
public final class RestoreChild {
    private RestoreChild() {
    }

    public static void main(String[] args) throws Exception {
        BitrixClient client = new BitrixClient(WebhookConnection.parse(args[0]), Portals.fastOptions());
        Path backup = Path.of(args[1]);
        String pauseAt = args[2];
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<RestorePlan> plans = BackupFile.read(backup).records().stream().map(RestorePlan::of).toList();
        ActivityRestorer.Report report;
        try (RestoreLog log = RestoreLog.of(backup)) {
            report = new ActivityService(client).restorer().restore(plans, log, () -> false, progress -> {
                String step = String.valueOf(progress.done());
                System.out.println("STEP " + step);
                if (step.equals(pauseAt)) {
                    System.out.println("PAUSED " + step);
                    try {
                        stdin.readLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
        System.out.println("DONE " + report.outcomes().size());
    }
}
