package org.badgemanager.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.badgemanager.badges.SafetyNet;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.limits.PlanChoice;
import org.badgemanager.limits.PortalPlan;
import org.badgemanager.bitrix.RequestLog;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.LiveSecrets;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.connection.ConnectionDetails;
import org.badgemanager.connection.ConnectionKindSupport;
import org.badgemanager.connection.ConnectionKinds;
import org.badgemanager.connection.KindContext;
import org.badgemanager.connection.Opened;
import org.badgemanager.connection.Remembered;
import org.badgemanager.connection.kinds.oauth.Browser;
import org.badgemanager.connection.kinds.oauth.SignInDesk;
import org.badgemanager.settings.Profile;
import org.badgemanager.settings.SecretStore;
import org.badgemanager.settings.Settings;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.settings.SkippedProfile;

/**
 * Turns what the connection form holds into a live {@link PortalSession}, and remembers profiles: the non-secret
 * part in the settings file, the secrets in the {@link SecretStore}. What differs between kinds of connection is
 * each kind's own ({@link ConnectionKinds}); this class never asks which kind it holds. Blocking; no JavaFX; the
 * secret store is only ever read or written here, so never on the FX thread.
 */
public final class ConnectionService {
    private final SettingsStore settingsStore;
    private final SecretStore secrets;
    private final EmbeddedSandbox sandbox;
    private final ClientOptions options;
    /** Bounded: a session of many thousand calls keeps the most recent ones. */
    private final RequestLog calls = new RequestLog(2000);
    private final LiveSecrets held;
    private final SafetyNets safetyNets;
    private final SignInDesk signIns;
    private Settings settings;
    private String reportedSettingsProblem;
    /** Plans read from app.info, by profile id, until the profile is remembered. */
    private final Map<String, PlanChoice> detectedPlans = new java.util.concurrent.ConcurrentHashMap<>();

    public ConnectionService(SettingsStore settingsStore, SecretStore secrets, EmbeddedSandbox sandbox,
                             ClientOptions options) {
        this(settingsStore, secrets, sandbox, options, SafetyNets.inMemoryOnly(), LiveSecrets.process());
    }

    /** Without a browser: an OAuth app that is not signed in yet cannot connect. */
    public ConnectionService(SettingsStore settingsStore, SecretStore secrets, EmbeddedSandbox sandbox,
                             ClientOptions options, SafetyNets safetyNets, LiveSecrets held) {
        this(settingsStore, secrets, sandbox, options, safetyNets, held, new SignInDesk(page -> {
            throw new SignInNeededException();
        }));
    }

    /**
     * {@code safetyNets}: the edit journal and Recently deleted of each portal; {@code held}: where the secrets this
     * service takes hold of are registered for masking; {@code signIns}: the browser and the sign-in in flight.
     */
    public ConnectionService(SettingsStore settingsStore, SecretStore secrets, EmbeddedSandbox sandbox,
                             ClientOptions options, SafetyNets safetyNets, LiveSecrets held, SignInDesk signIns) {
        this.settingsStore = settingsStore;
        this.secrets = secrets;
        this.sandbox = sandbox;
        this.options = options;
        this.held = held;
        this.safetyNets = safetyNets;
        this.signIns = signIns;
    }

    /** Every REST call of the session, across connections, for the Request log panel and diagnostics. */
    public RequestLog requestLog() {
        return calls;
    }

    public SafetyNets safetyNets() {
        return safetyNets;
    }

    public SignInDesk signIns() {
        return signIns;
    }

    /** What a kind may use; renewed secrets are saved under {@code profileId} (none: kept in memory only). */
    public KindContext context(String profileId) {
        return new KindContext(sandbox, options, signIns, changed -> saveChangedSecrets(profileId, changed));
    }

    /** As the four-argument constructor, with a browser for OAuth sign-ins (tests pass one playing the browser). */
    public static ConnectionService withBrowser(SettingsStore settingsStore, SecretStore secrets,
                                                EmbeddedSandbox sandbox, ClientOptions options, Browser browser) {
        return new ConnectionService(settingsStore, secrets, sandbox, options, SafetyNets.inMemoryOnly(),
                LiveSecrets.process(), new SignInDesk(browser));
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

    /**
     * Builds the connection; for the sandbox starts the embedded portal, for an OAuth app not yet signed in runs
     * the sign-in in the browser. Makes no REST call to the portal.
     */
    public PortalSession open(ConnectionRequest request) {
        held.hold(request.details().secretValues().toArray(String[]::new));
        Opened opened = ConnectionKinds.of(request.kind()).open(request.details(), context(request.profileId()));
        held.hold(opened.details().secretValues().toArray(String[]::new));
        if (opened.connection() instanceof WebhookConnection hook) {
            held.hold(hook.code());
        }
        SafetyNet net = opened.journaled()
                ? safetyNets.forPortal(SafetyNets.portalKey(opened.connection().methodUri("profile")))
                : safetyNets.inMemory();
        return PortalSession.of(opened.displayName(), request.kind(),
                new BitrixClient(opened.connection(), optionsFor(planOf(request)), calls, opened.trust()), net,
                request.withDetails(opened.details()));
    }

    /** The service's options are the standard plan's (or a test's own): another plan replaces its limits. */
    private ClientOptions optionsFor(PlanChoice plan) {
        return plan.equals(options.plan()) ? options : options.withPlan(plan);
    }

    /** The plan the form chose; for a kind that does not ask, the one saved with the profile (standard if none). */
    private PlanChoice planOf(ConnectionRequest request) {
        PlanChoice chosen = request.details().plan();
        if (chosen != null) {
            return chosen;
        }
        return profiles().stream().filter(p -> p.id().equals(request.profileId())).findFirst()
                .map(p -> PlanChoice.fromFields(p.fields())).orElse(PlanChoice.DEFAULT);
    }

    /**
     * For a kind whose form does not ask for the plan (an OAuth app): reads it from {@code app.info}
     * ({@code LICENSE_FAMILY}, addendum §4) and paces by it from now on; remembered with the profile. A saved
     * self-hosted choice stays (app.info cannot tell a self-hosted portal). Quietly keeps the plan it has when the
     * portal does not answer app.info. Blocking.
     */
    public void presetPlan(PortalSession session) {
        if (session.request().details().plan() != null) {
            return;
        }
        PlanChoice current = session.client().options().plan();
        if (current.plan() == PortalPlan.SELF_HOSTED) {
            return;
        }
        try {
            JsonNode app = session.client().call("app.info").result();
            PlanChoice read = current.withPlan(PortalPlan.fromLicense(app.path("LICENSE_FAMILY").asText(null),
                    app.path("LICENSE").asText(null)));
            if (!read.equals(current)) {
                session.client().usePlan(read);
            }
            if (session.request().profileId() != null) {
                detectedPlans.put(session.request().profileId(), read);
                if (profiles().stream().anyMatch(p -> p.id().equals(session.request().profileId()))) {
                    updateSettings(s -> s.withProfile(withPlan(s.profiles().stream()
                            .filter(p -> p.id().equals(session.request().profileId())).findFirst().orElseThrow(),
                            read)));
                }
            }
        } catch (BitrixException e) {
            if (e.is(BitrixException.CANCELLED)) {
                throw e;
            }
            // no app context or an old portal: pace by what the profile has
        }
    }

    private static Profile withPlan(Profile profile, PlanChoice plan) {
        Profile changed = profile;
        for (Map.Entry<String, String> field : plan.toFields().entrySet()) {
            changed = changed.withField(field.getKey(), field.getValue());
        }
        return changed;
    }

    /** One cheap real call that proves the connection works: who are we on that portal. */
    public String probe(PortalSession session) {
        presetPlan(session);
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
        ConnectionKindSupport kind = ConnectionKinds.of(request.kind());
        Remembered remembered = kind.remember(request.details());
        if (kind.keepsSecrets()) {
            secrets.save(id, remembered.secrets());
        }
        String name = request.name() == null || request.name().isBlank() ? remembered.defaultName()
                : request.name().strip();
        Map<String, String> fields = new LinkedHashMap<>(remembered.fields());
        PlanChoice plan = request.details().plan() != null ? request.details().plan() : detectedPlans.get(id);
        if (plan != null) {
            fields.putAll(plan.toFields());
        }
        Profile profile = new Profile(id, name, request.kind(), fields);
        updateSettings(s -> s.withProfile(profile));
        return profile;
    }

    /** The form contents of a saved profile, secrets included. Reads the secret store: never on the FX thread. */
    public ConnectionRequest restore(Profile profile) {
        ConnectionKindSupport kind = ConnectionKinds.of(profile.kind());
        Map<String, String> saved = kind.keepsSecrets() ? secrets.load(profile.id()) : Map.of();
        ConnectionDetails details = kind.restore(profile, saved);
        held.hold(details.secretValues().toArray(String[]::new));
        return new ConnectionRequest(profile.id(), profile.name(), details);
    }

    /** Whether a restored profile can connect without asking the user (false: its saved secret is gone). */
    public boolean canConnectUnattended(ConnectionRequest restored) {
        return ConnectionKinds.of(restored.kind()).canConnectUnattended(restored.details());
    }

    public void forget(Profile profile) {
        secrets.delete(profile.id());
        updateSettings(s -> s.withoutProfile(profile.id()));
    }

    /**
     * After the portal refused to renew the session's sign-in: its kind signs in again (an OAuth app in the
     * browser) and gives the open connection the new credentials, so that open windows carry on. Blocking.
     */
    public void signInAgain(PortalSession session) {
        ConnectionKinds.of(session.kind()).signInAgain(session.client().connection(), session.request().details(),
                context(session.request().profileId()));
    }

    private void saveChangedSecrets(String profileId, Map<String, String> changed) {
        held.hold(changed.values().toArray(String[]::new));
        if (profileId == null) {
            return;
        }
        Map<String, String> s = new LinkedHashMap<>(secrets.load(profileId));
        s.putAll(changed);
        secrets.save(profileId, s);
    }
}
