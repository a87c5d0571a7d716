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
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.Connection;
import org.badgemanager.bitrix.OAuthConnection;
import org.badgemanager.bitrix.OAuthTokens;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.Profile;
import org.badgemanager.settings.SecretStore;
import org.badgemanager.settings.Settings;
import org.badgemanager.settings.SettingsStore;

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
    private final SafetyNets safetyNets;
    private Settings settings;
    private String reportedSettingsProblem;

    public ConnectionService(SettingsStore settingsStore, SecretStore secrets, EmbeddedSandbox sandbox,
                             ClientOptions options) {
        this(settingsStore, secrets, sandbox, options, SafetyNets.inMemoryOnly());
    }

    public ConnectionService(SettingsStore settingsStore, SecretStore secrets, EmbeddedSandbox sandbox,
                             ClientOptions options, SafetyNets safetyNets) {
        this.settingsStore = settingsStore;
        this.secrets = secrets;
        this.sandbox = sandbox;
        this.options = options;
        this.safetyNets = safetyNets;
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

    /** Builds the connection; for the sandbox starts the embedded portal. Makes no REST call. */
    public PortalSession open(ConnectionRequest request) {
        Connection connection = switch (request.kind()) {
            case SANDBOX -> WebhookConnection.parse(sandbox.webhookUrl());
            case WEBHOOK -> WebhookConnection.parse(request.webhookUrl());
            case OAUTH -> new OAuthConnection(URI.create(request.clientEndpoint().strip()),
                    URI.create(request.serverEndpoint().strip()), request.clientId().strip(),
                    request.clientSecret(), new OAuthTokens(request.accessToken().strip(),
                    request.refreshToken().strip(), Instant.now().plusSeconds(3600)),
                    renewed -> saveRenewedTokens(request.profileId(), renewed));
        };
        String name = request.kind() == ConnectionKind.SANDBOX ? "Sandbox" : connection.portalHost();
        // the built-in sandbox forgets its badges when the app quits: a journal for it would outlive its portal
        SafetyNet net = request.kind() == ConnectionKind.SANDBOX ? safetyNets.inMemory()
                : safetyNets.forPortal(SafetyNets.portalKey(connection.methodUri("profile")));
        return PortalSession.of(name, request.kind(), new BitrixClient(connection, options), net);
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
                s.put(SECRET_CLIENT, request.clientSecret());
                s.put(SECRET_ACCESS, request.accessToken());
                s.put(SECRET_REFRESH, request.refreshToken());
                secrets.save(id, s);
                yield new Profile(id, nameOr(request, URI.create(request.clientEndpoint().strip()).getHost()),
                        ConnectionKind.OAUTH, null, request.clientEndpoint(), request.serverEndpoint(),
                        request.clientId());
            }
        };
        updateSettings(s -> s.withProfile(profile));
        return profile;
    }

    /** The form contents of a saved profile, secrets included. */
    public ConnectionRequest restore(Profile profile) {
        Map<String, String> s = profile.kind() == ConnectionKind.SANDBOX ? Map.of() : secrets.load(profile.id());
        return new ConnectionRequest(profile.id(), profile.name(), profile.kind(), s.get(SECRET_WEBHOOK),
                profile.clientEndpoint(), profile.serverEndpoint(), profile.clientId(), s.get(SECRET_CLIENT),
                s.get(SECRET_ACCESS), s.get(SECRET_REFRESH));
    }

    public void forget(Profile profile) {
        secrets.delete(profile.id());
        updateSettings(s -> s.withoutProfile(profile.id()));
    }

    private void saveRenewedTokens(String profileId, OAuthTokens renewed) {
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
