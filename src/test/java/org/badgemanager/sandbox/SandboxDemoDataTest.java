package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxDemoDataTest {

    @Test
    void demoDataIsDeterministic() {
        try (SandboxPortal a = SandboxPortal.start(); SandboxPortal b = SandboxPortal.start()) {
            assertThat(a.badges()).isEqualTo(b.badges());
            for (long id = 1; id <= 300; id++) {
                assertThat(sameApp(a.activity(id).orElseThrow(), a)).isEqualTo(sameApp(b.activity(id).orElseThrow(), b));
            }
        }
    }

    /** Each sandbox has its own OAuth app, whose client id its own app's activities name. */
    private static ObjectNode sameApp(ObjectNode activity, SandboxPortal portal) {
        if (activity.path("PROVIDER_PARAMS").path("clientId").asText().equals(portal.clientId())) {
            ((ObjectNode) activity.get("PROVIDER_PARAMS")).put("clientId", "this sandbox's app");
        }
        return activity;
    }

    @Test
    void demoDataHasTheDocumentedShape() {
        try (SandboxPortal portal = SandboxPortal.start()) {
            assertThat(portal.activityCount()).isEqualTo(300);
            assertThat(portal.badges()).hasSize(7).first()
                    .isEqualTo(SandboxBadge.of("missedCall", "Call Status", "Missed", "failure"));
            assertThat(portal.badge("deliveryDelayed").orElseThrow().title().fieldNames()).toIterable()
                    .containsExactly("en", "ru", "de");

            List<ObjectNode> all = new ArrayList<>();
            for (long id = 1; id <= 300; id++) {
                all.add(portal.activity(id).orElseThrow());
            }
            Set<String> owners = new HashSet<>();
            Set<String> types = new HashSet<>();
            Set<String> responsible = new HashSet<>();
            Set<String> completed = new HashSet<>();
            all.forEach(a -> {
                owners.add(a.get("OWNER_TYPE_ID").asText());
                types.add(a.get("TYPE_ID").asText());
                responsible.add(a.get("RESPONSIBLE_ID").asText());
                completed.add(a.get("COMPLETED").asText());
                assertThat(a.get("CREATED").asText()).startsWith("2026-");
            });
            assertThat(owners).containsExactlyInAnyOrder("1", "2", "3", "4");
            assertThat(types).containsExactlyInAnyOrder("1", "2", "3", "4", "6");
            assertThat(responsible).containsExactlyInAnyOrder("1", "3", "5", "7");
            assertThat(completed).containsExactlyInAnyOrder("Y", "N");
            assertThat(all).filteredOn(a -> a.get("PROVIDER_ID").asText().equals("CONFIGURABLE_REST_APP")).hasSize(35);
            assertThat(all).filteredOn(a -> a.path("PROVIDER_PARAMS").path("badgeCode").asText().equals("missedCall"))
                    .hasSize(12).allSatisfy(a -> assertThat(a.get("PROVIDER_PARAMS").get("clientId").asText())
                            .isNotEqualTo(portal.clientId()));
            assertThat(all).filteredOn(a -> a.path("PROVIDER_PARAMS").path("badgeCode").asText()
                    .equals("deliveryDelayed")).hasSize(8).allSatisfy(a -> assertThat(
                            a.get("PROVIDER_PARAMS").get("clientId").asText()).isEqualTo(portal.clientId()));
            assertThat(all).extracting(a -> a.get("CREATED").asText()).isSorted();
        }
    }

    @Test
    void withoutDemoDataThePortalIsEmpty() {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().demoData(false))) {
            assertThat(portal.badges()).isEmpty();
            assertThat(portal.activityCount()).isZero();
            assertThat(portal.addActivities(3, 4, 9)).containsExactly(1L, 2L, 3L);
        }
    }
}
