package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.Portals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The size limits of a batch, and which batches are sent again when their answer went missing. */
class BatchSizeAndRepeatsTest {
    private SandboxPortal portal;
    private BitrixClient client;

    @BeforeEach
    void start() {
        portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit());
        client = Portals.webhookClient(portal);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private static List<BatchCommand> gets(int count) {
        List<BatchCommand> commands = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            commands.add(new BatchCommand("get" + i, "crm.activity.badge.get", Json.object().put("code", "missedCall")));
        }
        return commands;
    }

    @Test
    void fiftyCommandsGoInOneRequest() {
        BatchResponse response = client.batch(gets(50), false);

        assertThat(response.results()).hasSize(50).containsKeys("get0", "get49");
        assertThat(portal.requests("batch")).hasSize(1);
        assertThat(portal.requests("batch").get(0).params().path("cmd").size()).isEqualTo(50);
    }

    @Test
    void fiftyOneCommandsOrNoneAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.batch(gets(51), false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.batch(List.of(), false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(portal.requests()).isEmpty();
    }

    @Test
    void aBatchOfReadsIsSentAgainWhenItsAnswerWentMissing() {
        portal.faults().dropNext("batch");

        BatchResponse response = client.batch(gets(2), true);

        assertThat(response.results()).containsOnlyKeys("get0", "get1");
        assertThat(portal.requests("batch")).hasSize(2);
    }

    @Test
    void aBatchWithOneWriteAmongReadsIsNotSentAgain() {
        portal.faults().dropNext("batch");
        List<BatchCommand> commands = new ArrayList<>(gets(1));
        commands.add(new BatchCommand("del", "crm.activity.badge.delete", Json.object().put("code", "missedCall")));
        commands.addAll(gets(1).stream().map(c -> new BatchCommand("again", c.method(), c.params())).toList());

        BitrixException e = catchThrowableOfType(BitrixException.class, () -> client.batch(commands, true));

        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(portal.requests("batch")).hasSize(1);
        assertThat(portal.badge("missedCall")).isPresent();
    }

    @Test
    void haltTravelsAsOneOrZero() {
        client.batch(gets(1), true);
        client.batch(gets(1), false);

        assertThat(portal.requests("batch")).extracting(r -> r.params().path("halt").asText())
                .containsExactly("1", "0");
    }
}
