package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the sections of a {@code batch} answer are read: the portal sends a filled section as an object keyed by
 * command name, an empty one as {@code []}, and the sections of a batch whose commands were given as a list as
 * arrays (PHP writes a list with gaps, like the errors of some commands only, as an object keyed by position).
 */
class BatchResponseSectionsTest {

    @Test
    void totalsAndNextsOfListCommandsAreKeptPerCommand() {
        var answer = Json.parse("""
                {"result": {"page1": [{"ID": "1"}], "page2": []},
                 "result_error": [],
                 "result_total": {"page1": 120, "page2": 0},
                 "result_next": {"page1": 50}}""");

        BatchResponse response = BatchResponse.from(answer, Map.of("page1", "crm.activity.list"));

        assertThat(response.totals()).containsExactly(Map.entry("page1", 120), Map.entry("page2", 0));
        assertThat(response.nexts()).containsExactly(Map.entry("page1", 50));
        assertThat(response.results()).containsOnlyKeys("page1", "page2");
        assertThat(response.errors()).isEmpty();
    }

    @Test
    void sectionsSentAsArraysAreKeyedByPosition() {
        var answer = Json.parse("""
                {"result": [{"ID": "7"}, {"ID": "8"}],
                 "result_error": {"1": {"error": "NOT_FOUND", "error_description": "Not found"}},
                 "result_total": [1, 2],
                 "result_next": []}""");

        BatchResponse response = BatchResponse.from(answer, Map.of());

        assertThat(response.results()).containsOnlyKeys("0", "1");
        assertThat(response.results().get("1").path("ID").asText()).isEqualTo("8");
        assertThat(response.totals()).containsExactly(Map.entry("0", 1), Map.entry("1", 2));
        assertThat(response.nexts()).isEmpty();
        assertThat(response.errors()).containsOnlyKeys("1");
        assertThat(response.errors().get("1").code()).isEqualTo("NOT_FOUND");
        assertThat(response.errors().get("1").method()).as("no name to look up: the batch itself").isEqualTo("batch");
    }

    @Test
    void anErrorWithoutACodeKeepsItsDescriptionAndTheCommandsMethod() {
        var answer = Json.parse("""
                {"result": [], "result_error": {"del": {"error_description": "Access denied."}}}""");

        BatchResponse response = BatchResponse.from(answer, Map.of("del", "crm.activity.delete"));

        BitrixException error = response.errors().get("del");
        assertThat(error.code()).isEmpty();
        assertThat(error.description()).isEqualTo("Access denied.");
        assertThat(error.method()).isEqualTo("crm.activity.delete");
        assertThat(response.results()).isEmpty();
        assertThat(response.totals()).isEmpty();
    }
}
