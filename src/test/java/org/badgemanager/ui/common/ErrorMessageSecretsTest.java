package org.badgemanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.LiveSecrets;
import org.junit.jupiter.api.Test;

/** A popup can end up in a screenshot: secrets quoted back by the portal are masked there as in the log. */
class ErrorMessageSecretsTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @Test
    void aHeldSecretQuotedInThePortalsTextIsMaskedInThePopup() {
        String code = "popupcode" + System.nanoTime();
        LiveSecrets.process().hold(code);

        ErrorMessage shown = ErrorMessage.of(new BitrixException("ERROR_METHOD",
                "webhook " + code + " has no crm scope", 400, "crm.activity.badge.list", null), messages);

        assertThat(shown.code()).isEqualTo("ERROR_METHOD");
        assertThat(shown.description()).doesNotContain(code).isEqualTo("webhook •••••• has no crm scope");
    }

    @Test
    void anErrorOfTheAppItselfIsMaskedToo() {
        String token = "apptoken" + System.nanoTime();
        LiveSecrets.process().hold(token);

        ErrorMessage shown = ErrorMessage.of(new IllegalStateException("refresh with " + token + " failed"), messages);

        assertThat(shown.description()).doesNotContain(token).contains("refresh with ••••••");
    }

    @Test
    void aSecretInTheShapeOfOneIsMaskedEvenWhenTheAppDoesNotHoldIt() {
        ErrorMessage shown = ErrorMessage.of(new BitrixException("NO_AUTH_FOUND",
                "hook https://other.bitrix24.ru/rest/7/zzsecretcode42/ is gone, auth=tok3n&x=1", 401, "profile", null),
                messages);

        assertThat(shown.description()).doesNotContain("zzsecretcode42", "tok3n")
                .contains("/rest/7/••••••/", "auth=••••••");
    }
}
