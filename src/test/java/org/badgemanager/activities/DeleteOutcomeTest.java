package org.badgemanager.activities;

import static org.assertj.core.api.Assertions.assertThat;

import org.badgemanager.activities.DeleteOutcome.Status;
import org.badgemanager.bitrix.BitrixException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DeleteOutcomeTest {

    private static BitrixException error(String code, String description) {
        return new BitrixException(code, description, 400, "crm.activity.delete");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Activity is not found.        | NOT_FOUND",
            "Activity is not found         | NOT_FOUND",
            "activity is NOT found.        | NOT_FOUND",
            "Not found.                    | NOT_FOUND",
            "Access denied.                | ACCESS_DENIED",
            "Access denied                 | ACCESS_DENIED",
            "Application context required. | APP_CONTEXT_REQUIRED",
            "Something else went wrong.    | FAILED",
            "''                            | FAILED"})
    void emptyCodeIsDecidedByTheDescription(String description, Status expected) {
        DeleteOutcome outcome = DeleteOutcome.failed(42, error("", description));

        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(outcome.id()).isEqualTo(42);
        assertThat(outcome.code()).isEmpty();
        assertThat(outcome.description()).isEqualTo(description);
    }

    @ParameterizedTest
    @CsvSource({
            "NOT_FOUND, NOT_FOUND",
            "not_found, NOT_FOUND",
            "ACCESS_DENIED, ACCESS_DENIED",
            "QUERY_LIMIT_EXCEEDED, FAILED",
            "INTERNAL_SERVER_ERROR, FAILED",
            "0, FAILED",
            "100, FAILED",
            "NO_ANSWER, FAILED"})
    void codedErrors(String code, Status expected) {
        DeleteOutcome outcome = DeleteOutcome.failed(7, error(code, "whatever"));

        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(outcome.code()).isEqualTo(code);
        assertThat(outcome.description()).isEqualTo("whatever");
    }

    @Test
    void aCodeWinsOverTheDescription() {
        assertThat(DeleteOutcome.failed(1, error("ACCESS_DENIED", "Activity is not found.")).status())
                .isEqualTo(Status.ACCESS_DENIED);
        assertThat(DeleteOutcome.failed(1, error("ERROR_CORE", "Access denied.")).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void deletedAndNotAttempted() {
        assertThat(DeleteOutcome.deleted(5)).isEqualTo(new DeleteOutcome(5, Status.DELETED, null, null));
        assertThat(DeleteOutcome.notAttempted(6, "cancelled"))
                .isEqualTo(new DeleteOutcome(6, Status.NOT_ATTEMPTED, null, "cancelled"));
    }
}
