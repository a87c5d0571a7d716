package org.badgemanager.ui.connection;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.badgemanager.bitrix.EndpointAddress;
import org.badgemanager.bitrix.InvalidAddressException;
import org.badgemanager.bitrix.InvalidWebhookUrlException;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.PortalSession;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.Profile;
import org.badgemanager.settings.SkippedProfile;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.Pending;
import org.badgemanager.ui.common.TaskRunner;

/**
 * The connection dialog: pick a saved profile or fill in a new one (sandbox, webhook or OAuth app), test it,
 * connect. A saved webhook URL is shown with its code masked; the real one stays here, off the screen.
 */
public final class ConnectionViewModel {
    public static final String DEFAULT_OAUTH_SERVER = "https://oauth.bitrix.info/";

    private record Connected(PortalSession session, String who) {
    }

    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> selectedProfile = new SimpleObjectProperty<>();
    private final ObjectProperty<ConnectionKind> kind = new SimpleObjectProperty<>(ConnectionKind.SANDBOX);
    private final StringProperty profileName = new SimpleStringProperty("");
    private final StringProperty webhookUrl = new SimpleStringProperty("");
    private final StringProperty clientEndpoint = new SimpleStringProperty("");
    private final StringProperty serverEndpoint = new SimpleStringProperty(DEFAULT_OAUTH_SERVER);
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty clientSecret = new SimpleStringProperty("");
    private final StringProperty accessToken = new SimpleStringProperty("");
    private final StringProperty refreshToken = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper testFailed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper settingsNotice = new ReadOnlyStringWrapper("");
    private final ConnectionService service;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final Messages messages;
    private final Consumer<PortalSession> onConnected;
    /** The test or connect being waited for. */
    private final CancellableWait waiting;
    private String waitingKey;
    /** The unmasked URL of the selected saved profile; used while the field still shows its masked form. */
    private String storedWebhookUrl;
    private String storedMaskedUrl;
    private final StringBinding webhookError;
    private final StringBinding oauthError;
    private final StringBinding addressNote;
    private final BooleanBinding valid;

    public ConnectionViewModel(ConnectionService service, TaskRunner tasks, Notifier notifier, Messages messages,
                               Consumer<PortalSession> onConnected) {
        this(service, tasks, notifier, messages, onConnected, System::nanoTime);
    }

    /** {@code nanoClock}: where the seconds of a wait are read from (tests move it by hand). */
    public ConnectionViewModel(ConnectionService service, TaskRunner tasks, Notifier notifier, Messages messages,
                               Consumer<PortalSession> onConnected, LongSupplier nanoClock) {
        this.waiting = new CancellableWait(busy, nanoClock);
        this.service = service;
        this.tasks = tasks;
        this.notifier = notifier;
        this.messages = messages;
        this.onConnected = onConnected;
        selectedProfile.addListener((o, was, now) -> load(now));
        for (Observable input : new Observable[] {kind, webhookUrl, clientEndpoint, serverEndpoint, clientId,
                clientSecret, accessToken, refreshToken}) {
            input.addListener(o -> testResult.set(""));
        }
        webhookError = Bindings.createStringBinding(this::describeWebhookProblem, kind, webhookUrl);
        oauthError = Bindings.createStringBinding(this::describeOAuthProblem, kind, clientEndpoint, serverEndpoint,
                clientId, clientSecret, accessToken, refreshToken);
        valid = Bindings.createBooleanBinding(() -> webhookError.get() == null && oauthError.get() == null,
                webhookError, oauthError);
        addressNote = Bindings.createStringBinding(this::describeAddressUsed, kind, webhookUrl, clientEndpoint);
    }

    /** Loads the saved profiles (blocking file read: call from a background thread or at start-up). */
    public void loadProfiles() {
        profiles.setAll(service.profiles());
        settingsNotice.set(service.skippedProfiles().stream().map(this::describeSkipped)
                .collect(Collectors.joining("\n")));
        String last = service.settings().lastProfileId();
        profiles.stream().filter(p -> p.id().equals(last)).findFirst().ifPresent(selectedProfile::set);
    }

    private void load(Profile profile) {
        storedWebhookUrl = null;
        storedMaskedUrl = null;
        if (profile == null) {
            profileName.set("");
            webhookUrl.set("");
            clientSecret.set("");
            accessToken.set("");
            refreshToken.set("");
            return;
        }
        ConnectionRequest saved = service.restore(profile);
        profileName.set(profile.name());
        kind.set(profile.kind());
        if (saved.webhookUrl() != null) {
            storedWebhookUrl = saved.webhookUrl();
            storedMaskedUrl = profile.maskedWebhookUrl();
            webhookUrl.set(storedMaskedUrl);
        } else {
            webhookUrl.set("");
        }
        clientEndpoint.set(orEmpty(profile.clientEndpoint()));
        serverEndpoint.set(profile.serverEndpoint() == null ? DEFAULT_OAUTH_SERVER : profile.serverEndpoint());
        clientId.set(orEmpty(profile.clientId()));
        clientSecret.set(orEmpty(saved.clientSecret()));
        accessToken.set(orEmpty(saved.accessToken()));
        refreshToken.set(orEmpty(saved.refreshToken()));
    }

    private String describeSkipped(SkippedProfile skipped) {
        return messages.get("connection.profileSkipped", skipped.label(),
                messages.get("connection.profileSkipped." + skipped.problem()));
    }

    private String effectiveWebhookUrl() {
        String typed = EndpointAddress.trim(webhookUrl.get());
        return storedWebhookUrl != null && typed.equals(storedMaskedUrl) ? storedWebhookUrl : typed;
    }

    public ConnectionRequest toRequest() {
        Profile selected = selectedProfile.get();
        boolean sameKind = selected != null && selected.kind() == kind.get();
        return new ConnectionRequest(sameKind ? selected.id() : null, profileName.get(), kind.get(),
                effectiveWebhookUrl(), clientEndpoint.get(), serverEndpoint.get(), clientId.get(),
                clientSecret.get(), accessToken.get(), refreshToken.get());
    }

    /** The webhook field's problem in words, or null; shown inline while typing. */
    public StringBinding webhookError() {
        return webhookError;
    }

    public StringBinding oauthError() {
        return oauthError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    private String describeWebhookProblem() {
        if (kind.get() != ConnectionKind.WEBHOOK) {
            return null;
        }
        try {
            WebhookConnection.parse(effectiveWebhookUrl());
            return null;
        } catch (InvalidWebhookUrlException e) {
            return messages.get("webhook.problem." + e.problem());
        }
    }

    private String describeOAuthProblem() {
        if (kind.get() != ConnectionKind.OAUTH) {
            return null;
        }
        for (String address : new String[] {clientEndpoint.get(), serverEndpoint.get()}) {
            try {
                EndpointAddress.parse(address);
            } catch (InvalidAddressException e) {
                return switch (e.problem()) {
                    case USER_INFO, BAD_PORT -> messages.get("oauth.problem." + e.problem());
                    default -> messages.get("oauth.problem.endpoint");
                };
            }
        }
        if (blank(clientId) || blank(clientSecret) || blank(accessToken) || blank(refreshToken)) {
            return messages.get("oauth.problem.missing");
        }
        return null;
    }

    /**
     * When the host was written in another script, the punycode form the app uses and stores; otherwise null.
     * The webhook's host only: the rest of its address holds the secret.
     */
    private String describeAddressUsed() {
        String typed = switch (kind.get()) {
            case WEBHOOK -> effectiveWebhookUrl();
            case OAUTH -> clientEndpoint.get();
            case SANDBOX -> null;
        };
        if (typed == null) {
            return null;
        }
        try {
            String used = EndpointAddress.parse(typed).getHost();
            return used.equals(EndpointAddress.typedHost(typed)) ? null : messages.get("connection.hostUsed", used);
        } catch (InvalidAddressException e) {
            return null;
        }
    }

    public void testConnection() {
        if (!validProperty().get() || busy.get()) {
            return;
        }
        ConnectionRequest request = toRequest();
        await("connection.waiting.test", tasks.run(() -> service.probe(service.open(request))), who -> {
            testFailed.set(false);
            testResult.set(messages.get("connection.testOk", who));
        });
    }

    public void connect() {
        if (!validProperty().get() || busy.get()) {
            return;
        }
        ConnectionRequest request = service.identified(toRequest());
        await("connection.waiting.connect", tasks.run(() -> {
            PortalSession session = service.open(request);
            String who = service.probe(session);
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("cancelled before the profile was saved");
            }
            service.remember(request);
            return new Connected(session, who);
        }), done -> {
            testFailed.set(false);
            testResult.set(messages.get("connection.testOk", done.who()));
            onConnected.accept(done.session());
        });
    }

    /** Keeps the form busy and says for how long until the work ends or {@link #cancelWaiting()} is called. */
    private <T> void await(String key, Pending<T> pending, Consumer<T> onSuccess) {
        waitingKey = key;
        waiting.start(pending, onSuccess, this::showFailure);
        updateElapsed();
    }

    /** Refreshes "Connecting… 3 s" while waiting; the view calls it a few times a second. */
    public void updateElapsed() {
        if (waiting.isWaiting()) {
            testResult.set(messages.get(waitingKey, String.valueOf(waiting.seconds())));
        }
    }

    /** Stops the test or connect in flight (its worker is interrupted) and gives the form back. */
    public void cancelWaiting() {
        if (waiting.cancel()) {
            testFailed.set(true);
            testResult.set(messages.get("connection.cancelled"));
        }
    }

    public void forgetSelected() {
        Profile profile = selectedProfile.get();
        if (profile == null) {
            return;
        }
        tasks.run(() -> {
            service.forget(profile);
            return profile;
        }).onSuccess(p -> {
            profiles.remove(p);
            selectedProfile.set(null);
        }).onFailure(notifier::showError);
    }

    private void showFailure(Throwable error) {
        ErrorMessage e = ErrorMessage.of(error, messages);
        testFailed.set(true);
        testResult.set(messages.get("connection.testFailed", e.code(), e.description(), e.advice()));
        notifier.showError(e);
    }

    private static boolean blank(StringProperty p) {
        return p.get() == null || p.get().isBlank();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<Profile> profiles() { return profiles; }
    public ObjectProperty<Profile> selectedProfileProperty() { return selectedProfile; }
    public ObjectProperty<ConnectionKind> kindProperty() { return kind; }
    public StringProperty profileNameProperty() { return profileName; }
    public StringProperty webhookUrlProperty() { return webhookUrl; }
    public StringProperty clientEndpointProperty() { return clientEndpoint; }
    public StringProperty serverEndpointProperty() { return serverEndpoint; }
    public StringProperty clientIdProperty() { return clientId; }
    public StringProperty clientSecretProperty() { return clientSecret; }
    public StringProperty accessTokenProperty() { return accessToken; }
    public StringProperty refreshTokenProperty() { return refreshToken; }
    public ReadOnlyStringProperty testResultProperty() { return testResult.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty testFailedProperty() { return testFailed.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty settingsNoticeProperty() { return settingsNotice.getReadOnlyProperty(); }
    public StringBinding addressNote() { return addressNote; }
}
