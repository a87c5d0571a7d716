package org.badgemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A connection that cannot be opened says why: "sign in in the window first" only for an OAuth profile that needs
 * the browser (the connection service without a browser says so with its own exception), and any other failure as
 * what it is, never as a missing sign-in. Nothing was sent either way (exit 3).
 */
class ConnectFailuresTest {
    @Test
    void anotherFailureWhileOpeningIsNamedAsWhatItIsNotAsAMissingSignIn() {
        // before: any IllegalStateException while opening was reported as "must sign in through the browser"
        Texts texts = Texts.forEnvironment(Map.of("LANG", "en_US.UTF-8")::get);

        CliFailure trust = PortalConnector.openFailure(new IllegalStateException(
                "The trust for this profile could not be set up", new java.security.KeyStoreException("bad store")),
                "Prod", texts);
        CliFailure signIn = PortalConnector.openFailure(new org.badgemanager.session.SignInNeededException(), "Prod",
                texts);

        assertThat(trust.exitCode()).isEqualTo(ExitCodes.CANNOT_CONNECT);
        assertThat(trust.getMessage()).isEqualTo(
                "Cannot open the connection: The trust for this profile could not be set up (bad store)")
                .doesNotContain("sign in");
        assertThat(signIn.getMessage()).contains("must sign in through the browser first");
    }
}
