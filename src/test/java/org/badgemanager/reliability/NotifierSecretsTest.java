package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.session.PortalSession;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.connection.kinds.webhook.WebhookForm;
import org.badgemanager.testutil.Portals;
import org.badgemanager.settings.FileSecretStore;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.testutil.AnsweringDialogs;
import org.badgemanager.ui.badges.BadgesViewModel;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.badgemanager.ui.connection.ConnectionViewModel;
import org.badgemanager.ui.editor.BadgeEditorViewModel;
import org.badgemanager.testutil.FreshSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The connection, table and form view models through faults with known secrets: no exception they hand to the
 * notifier, nor any message it shows, carries the webhook code, the client secret or a token.
 */
class NotifierSecretsTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(NotifierSecretsTest.class);
    private static final String CODE = "SecretHook4242xyzQ";
    private final Set<String> secrets = new LinkedHashSet<>();
    @RegisterExtension
    final FreshSandbox sandbox = new FreshSandbox(SandboxConfig.defaults().noRateLimit().webhookCode(CODE));

    private void rememberSecrets() {
        secrets.add(CODE);
        secrets.add(sandbox.portal().clientSecret());
        secrets.add(sandbox.portal().accessToken());
        secrets.add(sandbox.portal().refreshToken());
    }

    private void noSecretIn(String where, String text) {
        for (String secret : secrets) {
            assertThat(text).as("%s shows a secret", where).doesNotContain(secret);
        }
    }

    /** Keeps every throwable a view model hands to its notifier, for their messages, toString and causes. */
    private static final class CapturingNotifier implements Notifier {
        final List<Throwable> errors = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        private final Messages messages = Messages.forLocale(Locale.ENGLISH);

        @Override
        public void showError(Throwable error) {
            errors.add(error);
            showError(ErrorMessage.of(error, messages));
        }

        @Override
        public void showError(ErrorMessage message) {
            texts.add(message.code() + " " + message.description() + " " + message.advice());
        }

        @Override
        public void showInfo(String message) {
            texts.add(message);
        }

        @Override
        public void showInfo(String message, String actionText, Runnable action) {
            texts.add(message + " " + actionText);
        }
    }

    @Test
    void noExceptionHandedToTheNotifierCarriesASecret() throws IOException {
        rememberSecrets();
        CapturingNotifier notifier = new CapturingNotifier();
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        SyncTaskRunner tasks = new SyncTaskRunner();
        Path home = Files.createTempDirectory("secrets-vm");
        ConnectionService connections = new ConnectionService(new SettingsStore(home.resolve("settings.json")),
                new FileSecretStore(home.resolve("secrets.json")), new EmbeddedSandbox(sandbox.portal()), FaultRig.OPTIONS);
        List<PortalSession> sessions = new ArrayList<>();
        ConnectionViewModel dialog = new ConnectionViewModel(connections, tasks, notifier, messages, sessions::add);
        BadgesViewModel table = new BadgesViewModel(tasks, notifier, new AnsweringDialogs(true), messages);

        dialog.kindProperty().set(ConnectionKind.WEBHOOK);
        WebhookForm hook = dialog.form(ConnectionKind.WEBHOOK, WebhookForm.class);
        hook.urlProperty().set(sandbox.portal().webhookUrl().replace(CODE, CODE + "x"));
        dialog.connect(); // NO_AUTH_FOUND
        hook.urlProperty().set(sandbox.portal().webhookUrl());
        dialog.connect();
        table.connect(sessions.get(0).badges());
        sandbox.portal().faults().redirectNext("crm.activity.badge.list", "https://moved.example/rest/1/" + CODE + "/x");
        table.refresh();
        sandbox.portal().faults().cutAfterNext("crm.activity.badge.add");
        sandbox.portal().faults().failNext("crm.activity.badge.get", 500, "INTERNAL_SERVER_ERROR", "for /rest/1/" + CODE);
        BadgeEditorViewModel form = new BadgeEditorViewModel(sessions.get(0).badges(), tasks, notifier, messages, (o, b) -> { });
        form.codeProperty().set("vmProbe");
        form.sameForAllLanguagesProperty().set(true);
        form.plainTitleProperty().set("T");
        form.plainValueProperty().set("V");
        form.save();

        // an OAuth app restored from a saved profile (signed in earlier), first with a wrong client secret
        dialog.kindProperty().set(ConnectionKind.OAUTH);
        dialog.form(ConnectionKind.OAUTH).load(Portals.signedInOAuth(sandbox.portal(),
                sandbox.portal().clientSecret() + "wrong"));
        sandbox.portal().expireAccessToken();
        dialog.connect(); // expired, and the refresh is refused: invalid_client
        secrets.add(sandbox.portal().clientSecret() + "wrong");
        dialog.form(ConnectionKind.OAUTH).load(Portals.signedInOAuth(sandbox.portal(), sandbox.portal().clientSecret()));
        sandbox.portal().expireAccessToken();
        dialog.connect(); // renewed
        rememberSecrets();
        table.connect(sessions.get(sessions.size() - 1).badges());
        sandbox.portal().expireAccessToken();
        sandbox.portal().revokeRefreshToken();
        table.refresh(); // invalid_grant

        assertThat(notifier.errors).extracting(e -> ErrorMessage.of(e, messages).code())
                .contains("PORTAL_MOVED", "NO_ANSWER", "invalid_grant");
        // the connection dialog hands over the message it built, not the exception
        assertThat(notifier.texts).anyMatch(t -> t.startsWith("NO_AUTH_FOUND")).anyMatch(t -> t.startsWith("invalid_client"));
        int checked = 0;
        for (Throwable error : notifier.errors) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                noSecretIn("exception message", String.valueOf(t.getMessage()));
                noSecretIn("exception toString", t.toString());
                StringWriter trace = new StringWriter();
                t.printStackTrace(new PrintWriter(trace));
                noSecretIn("stack trace", trace.toString());
                checked++;
            }
        }
        notifier.texts.forEach(t -> noSecretIn("notification", t));
        noSecretIn("connection form result", dialog.testResultProperty().get());
        noSecretIn("settings", Files.readString(home.resolve("settings.json")));
        ROWS.add("Secrets", "Every exception the view models hand to the notifier (NO_AUTH_FOUND, a redirect "
                + "carrying the code, a cut answer, an error text quoting the code, invalid_client, invalid_grant)",
                checked, "no secret in any message, toString or stack trace, cause chains included", "", 0);
    }
}
