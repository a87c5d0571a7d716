package org.badgemanager.reliability;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.OAuthConnection;
import org.badgemanager.bitrix.OAuthTokens;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.AnsweringDialogs;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.badges.BadgesViewModel;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.badgemanager.ui.editor.BadgeEditorViewModel;

/**
 * The badge table and the add form as the app wires them (view models, synchronous task runner, a notifier
 * that records what the popups would say), talking to a sandbox portal over real HTTP.
 */
final class FaultRig {
    /** Short timeouts and pauses, so that a fault test takes milliseconds, not the production seconds. */
    static final ClientOptions OPTIONS = Portals.fastOptions()
            .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(400));

    final Messages messages = Messages.forLocale(Locale.ENGLISH);
    final RecordingNotifier notifier = new RecordingNotifier(messages);
    final SyncTaskRunner tasks = new SyncTaskRunner();
    final BadgesViewModel table = new BadgesViewModel(tasks, notifier, new AnsweringDialogs(true), messages);
    BadgeService service;

    static BitrixClient webhook(String url) {
        return new BitrixClient(WebhookConnection.parse(url), OPTIONS);
    }

    static BitrixClient oauth(SandboxPortal portal) {
        return new BitrixClient(new OAuthConnection(URI.create(portal.clientEndpoint()),
                URI.create(portal.serverEndpoint()), portal.clientId(), portal.clientSecret(),
                new OAuthTokens(portal.accessToken(), portal.refreshToken(), Instant.now().plusSeconds(3600)), null),
                OPTIONS);
    }

    FaultRig connect(BitrixClient client) {
        service = new BadgeService(client, Duration.ofMillis(10));
        table.connect(service);
        return this;
    }

    BadgeEditorViewModel addForm(Badge badge) {
        BadgeEditorViewModel form = new BadgeEditorViewModel(service, tasks, notifier, messages, (old, saved) -> {
            if (saved != null) {
                table.put(saved);
            }
        });
        form.codeProperty().set(badge.code());
        form.typeProperty().set(badge.type());
        form.sameForAllLanguagesProperty().set(true);
        form.plainTitleProperty().set(badge.title().forLanguage("en"));
        form.plainValueProperty().set(badge.value().forLanguage("en"));
        return form;
    }

    List<String> tableCodes() {
        return table.codes();
    }

    ErrorMessage lastError() {
        return notifier.errors.isEmpty() ? null : notifier.errors.get(notifier.errors.size() - 1);
    }

    /** The advice line the bundle has for exactly this code; fails if the code falls back to the general one. */
    String specificAdvice(String code) {
        String key = "error." + code + ".advice";
        if (!messages.has(key)) {
            throw new AssertionError("No advice in the bundle for " + code);
        }
        return messages.get(key);
    }
}
