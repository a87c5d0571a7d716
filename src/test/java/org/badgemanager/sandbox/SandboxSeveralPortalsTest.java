package org.badgemanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.CodeState;
import org.badgemanager.badgesets.SetComparison;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.Test;

/**
 * The standalone sandbox as two portals ({@code -Dsandbox.portals=2}), as a user starts it: each prints its own
 * webhook URL, and the two are independent portals whose badges differ in every way a compare can show.
 */
class SandboxSeveralPortalsTest {

    @Test
    void twoPortalsEachPrintTheirOwnWebhookAndHoldTheirOwnBadges() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dsandbox.port=0", "-Dsandbox.portals=2", SandboxMain.class.getName())
                .redirectErrorStream(true).start();
        try {
            List<String> webhooks = webhooks(child, 2);
            assertThat(webhooks).doesNotHaveDuplicates();
            assertThat(webhooks.get(0)).endsWith("/rest/1/sandboxdemo0000000/");
            assertThat(webhooks.get(1)).endsWith("/rest/1/sandboxdemo0000001/");

            BadgeSet production = set(webhooks.get(0));
            BadgeSet staging = set(webhooks.get(1));
            SetComparison comparison = SetComparison.compare(production, staging);
            for (CodeState state : CodeState.values()) {
                assertThat(comparison.count(state)).as(state.name()).isPositive();
            }
            // independent: a badge added to one is not on the other
            new BadgeService(client(webhooks.get(1))).add(new org.badgemanager.badges.Badge("onlyInTwo",
                    org.badgemanager.badges.LocalizedText.of("T"), org.badgemanager.badges.LocalizedText.of("V"),
                    org.badgemanager.badges.BadgeType.PRIMARY));
            assertThat(set(webhooks.get(1)).find("onlyInTwo")).isPresent();
            assertThat(set(webhooks.get(0)).find("onlyInTwo")).isEmpty();
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    private static List<String> webhooks(Process child, int count) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        String marker = "Webhook URL (user 1, CRM admin):";
        for (String line = out.readLine(); line != null && found.size() < count; line = out.readLine()) {
            if (line.startsWith(marker)) {
                found.add(line.substring(marker.length()).strip());
            }
        }
        assertThat(found).as("webhook lines printed").hasSize(count);
        return found;
    }

    private static BitrixClient client(String webhook) {
        return new BitrixClient(WebhookConnection.parse(webhook), Portals.fastOptions());
    }

    private static BadgeSet set(String webhook) {
        return BadgeSet.fromPortal(new BadgeService(client(webhook)));
    }
}
