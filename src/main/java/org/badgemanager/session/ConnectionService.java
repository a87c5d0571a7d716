package org.badgemanager.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.badgemanager.badges.SafetyNet;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.RequestLog;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.Connection;
import org.badgemanager.bitrix.EndpointAddress;
import org.badgemanager.bitrix.LiveSecrets;
import org.badgemanager.bitrix.OAuthConnection;
import org.badgemanager.bitrix.OAuthTokens;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.Profile;
import org.badgemanager.settings.SecretStore;
import org.badgemanager.settings.Settings;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.settings.SkippedProfile;

/**
 * Turns what the connection form holds into a live {@link PortalSession}, and remembers profiles: the
 * non-secret part in the settings file, the secrets in the {@link SecretStore}. Blocking; no JavaFX.
 */
public final class ConnectionService {
    private static final String SECRET_WEBHOOK = "webhookUrl";
    private static final String SECRET_CLIENT = "clientSecret";
    private static final String SECRET_ACCESS = "accessToken";
    private static final String SECRET_REFRESH = "refreshToken";

    private final SettingsStore settingsStore;
    private final SecretStore secrets;
    private final EmbeddedSandbox sandbox;
    private final ClientOptions options;
    /** Bounded: a session of many thousand calls keeps the most recent ones. */
    private final RequestLog calls = new RequestLog(2000);
    private final LiveSecrets held;
    private final SafetyNets safetyNets;
    private Settings settings;
    private String reportedSettingsProblem;

    public ConnectionService(SettingsStore settingsStore, SecretStore secrets, EmbeddedSandbox sandbox,
                             ClientOptions options) {
        this(settingsStore, secrets, sandbox, options, SafetyNets.inMemoryOnly(), LiveSecrets.process());
    }

    /**
     * {@code safetyNets}: the edit journal and Recently deleted of each portal; {@code held}: where the secrets this
     * service takes hold of are registered for masking.
     */
    public ConnectionService(SettingsStore settingsStore, SecretStore secrets, EmbeddedSandbox sandbox,
                             ClientOptions options, SafetyNets safetyNets, LiveSecrets held) {
        this.settingsStore = settingsStore;
        this.secrets = secrets;
        this.sandbox = sandbox;
        this.options = options;
        this.held = held;
        this.safetyNets = safetyNets;
    }

    /** Every REST call of the session, across connections, for the Request log panel and diagnostics. */
    public RequestLog requestLog() {
        return calls;
    }

    public SafetyNets safetyNets() {
        return safetyNets;
    }

    public synchronized Settings settings() {
        if (settings == null) {
            settings = settingsStore.load();
        }
        return settings;
    }

    public synchronized void updateSettings(java.util.function.UnaryOperator<Settings> change) {
        settings = change.apply(settings());
        try {
            settingsStore.save(settings);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save settings to " + settingsStore.file().getFileName(), e);
        }
    }

    /**
     * The name an unreadable settings file was moved to, the first time it is asked for (so that the user is told
     * once); null when the settings were fine or not loaded yet.
     */
    public synchronized String takeSettingsProblem() {
        String movedTo = settingsStore.lastProblem();
        if (movedTo == null || movedTo.equals(reportedSettingsProblem)) {
            return null;
        }
        reportedSettingsProblem = movedTo;
        return movedTo;
    }

    public List<Profile> profiles() {
        return settings().profiles();
    }

    /** Saved profiles that could not be read and are not in {@link #profiles()}; reads the settings if needed. */
    public synchronized List<SkippedProfile> skippedProfiles() {
        settings();
        return settingsStore.skippedProfiles();
    }

    /** Builds the connection; for the sandbox starts the embedded portal. Makes no REST call. */
    public PortalSession open(ConnectionRequest request) {
        Connection connection = switch (request.kind()) {
            case SANDBOX -> WebhookConnection.parse(sandbox.webhookUrl());
            case WEBHOOK -> WebhookConnection.parse(request.webhookUrl());
            case OAUTH -> new OAuthConnection(EndpointAddress.parse(request.clientEndpoint()),
                    EndpointAddress.parse(request.serverEndpoint()), EndpointAddress.trim(request.clientId()),
                    EndpointAddress.trim(request.clientSecret()), new OAuthTokens(
                    EndpointAddress.trim(request.accessToken()), EndpointAddress.trim(request.refreshToken()),
                    Instant.now().plusSeconds(3600)), renewed -> saveRenewedTokens(request.profileId(), renewed));
        };
        if (connection instanceof WebhookConnection hook) {
            held.hold(hook.code());
        }
        hold(request);
        String name = request.kind() == ConnectionKind.SANDBOX ? "Sandbox" : connection.portalHost();
        // the built-in sandbox forgets its badges when the app quits: a journal for it would outlive its portal
        SafetyNet net = request.kind() == ConnectionKind.SANDBOX ? safetyNets.inMemory()
                : safetyNets.forPortal(SafetyNets.portalKey(connection.methodUri("profile")));
        return PortalSession.of(name, request.kind(), new BitrixClient(connection, options, calls), net);
    }

    /** Every secret the app now has in memory is masked in logs from here on (see {@link LiveSecrets}). */
    private void hold(ConnectionRequest request) {
        String code = null;
        if (request.webhookUrl() != null) {
            try {
                code = WebhookConnection.parse(request.webhookUrl()).code();
            } catch (IllegalArgumentException notAWebhook) {
                // nothing usable, nothing to mask
            }
        }
        held.hold(code, EndpointAddress.trim(request.clientSecret()), EndpointAddress.trim(request.accessToken()),
                EndpointAddress.trim(request.refreshToken()));
    }

    /** One cheap real call that proves the connection works: who are we on that portal. */
    public String probe(PortalSession session) {
        JsonNode me = session.client().call("profile").result();
        String name = (me.path("NAME").asText("") + " " + me.path("LAST_NAME").asText("")).strip();
        return session.displayName() + " · " + (name.isEmpty() ? "user " + me.path("ID").asText("?") : name)
                + (me.path("ADMIN").asBoolean(false) ? " (admin)" : "");
    }

    /** Gives a new profile its id up front, so tokens renewed during the first session are saved under it. */
    public ConnectionRequest identified(ConnectionRequest request) {
        return request.profileId() != null ? request : request.withProfileId(UUID.randomUUID().toString());
    }

    /** Saves the profile (secrets apart) and makes it the one used next time. */
    public Profile remember(ConnectionRequest request) {
        String id = request.profileId() != null ? request.profileId() : UUID.randomUUID().toString();
        Profile profile = switch (request.kind()) {
            case SANDBOX -> Profile.sandbox(id, nameOr(request, "Sandbox"));
            case WEBHOOK -> {
                WebhookConnection hook = WebhookConnection.parse(request.webhookUrl());
                secrets.save(id, Map.of(SECRET_WEBHOOK, hook.secretUrl()));
                yield new Profile(id, nameOr(request, hook.portalHost()), ConnectionKind.WEBHOOK,
                        hook.maskedDescription(), null, null, null);
            }
            case OAUTH -> {
                Map<String, String> s = new LinkedHashMap<>();
                s.put(SECRET_CLIENT, EndpointAddress.trim(request.clientSecret()));
                s.put(SECRET_ACCESS, EndpointAddress.trim(request.accessToken()));
                s.put(SECRET_REFRESH, EndpointAddress.trim(request.refreshToken()));
                secrets.save(id, s);
                URI client = EndpointAddress.parse(request.clientEndpoint());
                yield new Profile(id, nameOr(request, client.getHost()), ConnectionKind.OAUTH, null,
                        client.toString(), EndpointAddress.parse(request.serverEndpoint()).toString(),
                        EndpointAddress.trim(request.clientId()));
            }
        };
        updateSettings(s -> s.withProfile(profile));
        return profile;
    }

    /** The form contents of a saved profile, secrets included. */
    public ConnectionRequest restore(Profile profile) {
        Map<String, String> s = profile.kind() == ConnectionKind.SANDBOX ? Map.of() : secrets.load(profile.id());
        ConnectionRequest restored = new ConnectionRequest(profile.id(), profile.name(), profile.kind(),
                s.get(SECRET_WEBHOOK), profile.clientEndpoint(), profile.serverEndpoint(), profile.clientId(),
                s.get(SECRET_CLIENT), s.get(SECRET_ACCESS), s.get(SECRET_REFRESH));
        hold(restored);
        return restored;
    }

    public void forget(Profile profile) {
        secrets.delete(profile.id());
        updateSettings(s -> s.withoutProfile(profile.id()));
    }

    private void saveRenewedTokens(String profileId, OAuthTokens renewed) {
        held.hold(renewed.accessToken(), renewed.refreshToken());
        if (profileId == null) {
            return;
        }
        Map<String, String> s = new LinkedHashMap<>(secrets.load(profileId));
        s.put(SECRET_ACCESS, renewed.accessToken());
        s.put(SECRET_REFRESH, renewed.refreshToken());
        secrets.save(profileId, s);
    }

    private static String nameOr(ConnectionRequest request, String fallback) {
        return request.name() == null || request.name().isBlank() ? fallback : request.name().strip();
    }
}
