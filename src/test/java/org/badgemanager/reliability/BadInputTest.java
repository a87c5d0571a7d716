package org.badgemanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import org.badgemanager.badges.BadgeValidator.Field;
import org.badgemanager.bitrix.InvalidWebhookUrlException;
import org.badgemanager.bitrix.OAuthConnection;
import org.badgemanager.bitrix.OAuthTokens;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.connection.kinds.oauth.OAuthForm;
import org.badgemanager.connection.kinds.webhook.WebhookForm;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.badgemanager.ui.connection.ConnectionViewModel;
import org.badgemanager.ui.editor.BadgeEditorViewModel;
import org.junit.jupiter.api.Test;

/** Oversized and hostile input in the forms, and plain http anywhere but this computer. */
class BadInputTest {
    private static final ReliabilityRows ROWS = ReliabilityRows.of(BadInputTest.class);
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingNotifier notifier = new RecordingNotifier(messages);

    private BadgeEditorViewModel form() {
        // no service: if the form ever tried to send, save() would fail loudly
        return new BadgeEditorViewModel(null, new SyncTaskRunner(), notifier, messages, (o, b) -> { });
    }

    @Test
    void oversizedAndControlCharacterTextsAreRefusedWithAMessageAndNeverSent() {
        BadgeEditorViewModel form = form();
        form.codeProperty().set("bigOne");
        form.sameForAllLanguagesProperty().set(true);
        form.plainTitleProperty().set("x".repeat(100_000));
        form.plainValueProperty().set("V");
        assertThat(form.errorOf(Field.TITLE).get()).isEqualTo(messages.get("validation.text.tooLong"));
        form.save();

        form.plainTitleProperty().set("Title\u0007\u0000");
        assertThat(form.errorOf(Field.TITLE).get()).isEqualTo(messages.get("validation.text.controlCharacters"));
        form.plainTitleProperty().set("Title");
        form.codeProperty().set("bad\u0007code\u0000");
        assertThat(form.errorOf(Field.CODE).get()).isEqualTo(messages.get("validation.code.characters"));
        form.codeProperty().set("c".repeat(31));
        assertThat(form.errorOf(Field.CODE).get()).isEqualTo("The code may have at most 30 characters.");
        form.codeProperty().set("x".repeat(10_000_000));
        assertThat(form.validProperty().get()).isFalse();
        form.save();
        assertThat(notifier.errors).as("nothing was attempted").isEmpty();
        assertThat(notifier.infos).isEmpty();

        form.sameForAllLanguagesProperty().set(false);
        form.codeProperty().set("ok");
        form.languages().forEach(t -> {
            t.titleProperty().set("T".repeat(2_100));
            t.valueProperty().set("V");
        });
        assertThat(form.errorOf(Field.TITLE).get()).isEqualTo(messages.get("validation.text.tooLong"));
        ROWS.add("Bad input", "Badge form: 100 000-character title, 10 MB code, 31-character code, control "
                + "characters in code and title, 2 × 2 100 characters across two languages (4 000 in all)", 6,
                "inline messages (\"" + messages.get("validation.text.tooLong") + "\", \""
                        + messages.get("validation.text.controlCharacters") + "\", …); nothing sent", "", 0);
    }

    @Test
    void plainHttpIsRefusedForAnyHostButThisComputer() {
        String[] refused = {"http://portal.bitrix24.com/rest/1/abcd1234/", "http://127.0.0.1.evil.com/rest/1/abcd1234/",
                "http://10.0.0.1/rest/1/abcd1234/", "http://localhost.evil.com/rest/1/abcd1234/",
                "http://0x7f000001/rest/1/abcd1234/", "http://[::ffff:127.0.0.1]/rest/1/abcd1234/"};
        for (String url : refused) {
            InvalidWebhookUrlException e = catchThrowableOfType(InvalidWebhookUrlException.class,
                    () -> WebhookConnection.parse(url));
            assertThat(e).as(url).isNotNull();
        }
        for (String url : new String[] {"http://127.0.0.1:8080/rest/1/abcd1234/", "http://localhost/rest/1/abcd1234/",
                "http://[::1]:9/rest/1/abcd1234/", "https://portal.bitrix24.com/rest/1/abcd1234/"}) {
            assertThat(WebhookConnection.parse(url).portalHost()).as(url).isNotEmpty();
        }
        OAuthTokens tokens = new OAuthTokens("a", "r", Instant.now());
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new OAuthConnection(
                URI.create("http://portal.bitrix24.com/rest/"), URI.create("https://oauth.bitrix.info/rest/"), "id",
                "secret", tokens, null))).isNotNull();

        ConnectionViewModel dialog = new ConnectionViewModel(new ConnectionService(null, null, null, null),
                new SyncTaskRunner(), notifier, messages, s -> { });
        dialog.kindProperty().set(ConnectionKind.WEBHOOK);
        dialog.form(ConnectionKind.WEBHOOK, WebhookForm.class).urlProperty().set(refused[0]);
        assertThat(dialog.problem().get()).isEqualTo(messages.get("webhook.problem.HTTPS_REQUIRED"));
        dialog.kindProperty().set(ConnectionKind.OAUTH);
        OAuthForm oauth = dialog.form(ConnectionKind.OAUTH, OAuthForm.class);
        oauth.portalProperty().set("http://portal.bitrix24.com/");
        oauth.clientIdProperty().set("local.1");
        oauth.clientSecretProperty().set("secret");
        assertThat(dialog.problem().get()).isEqualTo(messages.get("oauth.problem.portal"));
        assertThat(dialog.validProperty().get()).isFalse();
        dialog.connect();
        assertThat(notifier.errors).isEmpty();
        ROWS.add("Secrets", "Plain http to a portal that is not this computer (webhook and OAuth, "
                + "look-alike hosts such as 127.0.0.1.evil.com, [::ffff:127.0.0.1], 0x7f000001)", refused.length + 5,
                "\"" + messages.get("webhook.problem.HTTPS_REQUIRED") + "\" / \"" + messages.get("oauth.problem.portal")
                        + "\"; Connect disabled, nothing sent", "", 0);
    }
}
