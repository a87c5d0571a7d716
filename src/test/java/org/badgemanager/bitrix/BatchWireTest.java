package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.Test;

/** What a batch puts on the wire, and how per-command results and errors come back. */
class BatchWireTest {

    @Test
    void nestedParametersTravelInHttpBuildQueryFormAndResultsAreMappedByName() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit())) {
            BitrixClient client = Portals.webhookClient(portal);
            var badge = Json.object().put("code", "viaBatch").put("value", "NEW").put("type", "warning");
            badge.putObject("title").put("en", "Alarm & more").put("de", "Achtung");
            var list = Json.object();
            list.putObject("filter").put(">ID", 100);
            list.putArray("select").add("ID").add("SUBJECT");

            BatchResponse response = client.batch(List.of(
                    new BatchCommand("add", "crm.activity.badge.add", badge),
                    new BatchCommand("missing", "crm.activity.badge.get", Json.object().put("code", "nope")),
                    new BatchCommand("list", "crm.activity.list", list)), false);

            var cmd = portal.requests("batch").get(0).params().path("cmd");
            assertThat(cmd.path("add").asText()).isEqualTo("crm.activity.badge.add?code=viaBatch&value=NEW"
                    + "&type=warning&title%5Ben%5D=Alarm+%26+more&title%5Bde%5D=Achtung");
            assertThat(cmd.path("list").asText())
                    .isEqualTo("crm.activity.list?filter%5B%3EID%5D=100&select%5B0%5D=ID&select%5B1%5D=SUBJECT");
            assertThat(portal.badge("viaBatch").orElseThrow().title().path("en").asText()).isEqualTo("Alarm & more");
            assertThat(response.results()).containsKeys("add", "list");
            assertThat(response.errors().get("missing").code()).isEqualTo("NOT_FOUND");
            assertThat(response.errors().get("missing").method()).isEqualTo("crm.activity.badge.get");
        }
    }
}
