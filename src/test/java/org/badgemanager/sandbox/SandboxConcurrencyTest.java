package org.badgemanager.sandbox;

import org.badgemanager.sandbox.SandboxHttp.Reply;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.badgemanager.sandbox.SandboxHttp.postJson;

class SandboxConcurrencyTest {

    @Test
    void parallelCallsKeepTheStateConsistent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit())) {
            List<Future<Reply>> distinct = new ArrayList<>();
            List<Future<Reply>> sameCode = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String code = "parallel" + i;
                distinct.add(pool.submit(() -> add(portal, code)));
                sameCode.add(pool.submit(() -> add(portal, "contested")));
            }

            for (Future<Reply> reply : distinct) {
                assertThat(reply.get().status()).isEqualTo(200);
            }
            List<String> contested = new ArrayList<>();
            for (Future<Reply> reply : sameCode) {
                contested.add(reply.get().status() == 200 ? "added" : reply.get().error());
            }
            assertThat(contested).containsOnlyOnce("added");
            assertThat(contested).filteredOn("BX_INVALID_VALUE"::equals).hasSize(39);
            assertThat(portal.badges()).hasSize(7 + 40 + 1);
            assertThat(portal.requests()).hasSize(80);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Reply add(SandboxPortal portal, String code) {
        return postJson(portal.webhookUrl() + "crm.activity.badge.add",
                Map.of("code", code, "title", "T", "value", "V", "type", "secondary"));
    }
}
