package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A local, in-memory, Bitrix24-compatible REST portal on 127.0.0.1: incoming webhooks, a local OAuth app,
 * crm.activity.badge.*, crm.activity.get/list/delete, crm.activity.configurable.*, the CRM recycle bin and batch,
 * with the portal's rate limit and operating limit of its plan ({@link SandboxConfig}), request recording
 * and fault injection for tests.
 */
public final class SandboxPortal implements AutoCloseable {

    private final PortalState state = new PortalState();
    private final OAuthTokens tokens = new OAuthTokens();
    private final SandboxFaults faults = new SandboxFaults();
    private final CrmItems crmItems = new CrmItems();
    private final Scopes scopes = new Scopes();
    private final ActivityAddMethod activityAdd = new ActivityAddMethod(state, crmItems);
    private final SandboxControl control = new SandboxControl();
    private final RequestLog log;
    private final SandboxUsers users;
    private final RateLimiter rateLimiter;
    private final OperatingMeter meter;
    private final SandboxConfig config;
    private final PortalServer server;
    private final String baseUrl;

    private SandboxPortal(SandboxConfig config) throws IOException {
        users = SandboxUsers.create(config.webhookCode());
        log = new RequestLog(config.limits().logCapacity());
        this.config = config;
        rateLimiter = new RateLimiter(config.rateLimited(), config.ratePerSecond(), config.burst());
        meter = new OperatingMeter(config.newLedger(java.time.InstantSource.system()), config.costs(),
                config.timeScale().factor(), config.serverTime());
        if (config.demoData()) {
            state.update((badges, activities) -> {
                DemoBadges.all().forEach(badges::put);
                DemoActivities.load(activities, tokens.clientId());
            });
        }
        MethodRegistry registry = new MethodRegistry();
        new BadgeMethods(state).registerInto(registry);
        new ActivityMethods(state, control).registerInto(registry);
        new ConfigurableActivityMethods(state).registerInto(registry);
        registry.register(ProfileMethod.NAME, new ProfileMethod());
        new NameMethods(crmItems).registerInto(registry);
        registry.register(ActivityAddMethod.NAME, Scopes.require(Scopes.CRM, activityAdd));
        registry.register(AppInfoMethod.NAME, new AppInfoMethod(config.plan()));
        registry.register(BatchMethod.NAME, new BatchMethod(registry, meter, config.perCommandOperating()));
        RestCallProcessor processor = new RestCallProcessor(faults, rateLimiter,
                new Authenticator(users, tokens, scopes), registry, meter);

        server = new PortalServer(config.port());
        baseUrl = "http://127.0.0.1:" + server.port();
        RequestBodyReader bodies = new RequestBodyReader(config.limits(), server.watchdog());
        server.route(RestPath.PREFIX, new RestHandler(processor, log, faults, bodies));
        server.route("/oauth/token", new OAuthTokenHandler(tokens, baseUrl, bodies));
        server.route("/oauth/authorize", new OAuthAuthorizeHandler(tokens, "127.0.0.1:" + server.port(), bodies));
        server.start();
    }

    public static SandboxPortal start() {
        return start(SandboxConfig.defaults());
    }

    public static SandboxPortal start(SandboxConfig config) {
        try {
            return new SandboxPortal(Objects.requireNonNull(config, "config"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox portal", e);
        }
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String webhookUrl() {
        return webhookUrlForUser(SandboxUsers.ADMIN_ID);
    }

    /** Users 1 (CRM admin), 3, 5 and 7 exist; any other id gets a URL the portal rejects. */
    public String webhookUrlForUser(int userId) {
        return baseUrl + "/rest/" + userId + "/" + users.webhookCode(userId) + "/";
    }

    public String webhookCode() {
        return users.webhookCode(SandboxUsers.ADMIN_ID);
    }

    public String clientId() {
        return tokens.clientId();
    }

    public String clientSecret() {
        return tokens.clientSecret();
    }

    /** The newest access token; after {@link #expireAccessToken()} it answers 401 expired_token. */
    public String accessToken() {
        return tokens.accessToken();
    }

    /** The newest refresh token; after {@link #revokeRefreshToken()} it answers 400 invalid_grant. */
    public String refreshToken() {
        return tokens.refreshToken();
    }

    public String clientEndpoint() {
        return baseUrl + "/rest/";
    }

    public String serverEndpoint() {
        return baseUrl + "/oauth/rest/";
    }

    public void expireAccessToken() {
        tokens.expireAccessToken();
    }

    public void revokeRefreshToken() {
        tokens.revokeRefreshToken();
    }

    /** The admin authorizes the app again (after a revoked refresh token): {@link #accessToken()} is new. */
    public void reauthorize() {
        tokens.reauthorize();
    }

    public int refreshCount() {
        return tokens.refreshCount();
    }

    /** The portal address an admin types for the local app (its authorize page is {@code /oauth/authorize/}). */
    public String portalAddress() {
        return baseUrl;
    }

    /** The admin enters the local app's handler path (where the authorize page redirects with the code). */
    public void registerHandler(String handlerUrl) {
        tokens.registerHandler(handlerUrl);
    }

    /** Every authorization code issued so far expires (the 30 seconds are over). */
    public void expireAuthorizationCodes() {
        tokens.expireCodes();
    }

    /** How many authorization codes the OAuth server was asked to exchange, accepted or not. */
    public int codeExchanges() {
        return tokens.codeExchanges();
    }

    public Optional<SandboxBadge> badge(String code) {
        return state.query((badges, activities) -> badges.find(code));
    }

    public List<SandboxBadge> badges() {
        return state.query((badges, activities) -> badges.all());
    }

    public void putBadge(SandboxBadge badge) {
        Objects.requireNonNull(badge, "badge");
        state.update((badges, activities) -> badges.put(badge));
    }

    /** Removes a badge directly, as test set-up (no REST call); returns whether it was there. */
    public boolean removeBadge(String code) {
        return state.query((badges, activities) -> badges.remove(code));
    }

    /** The activity as crm.activity.get returns it, whatever its access (foreign ones too); a copy. */
    public Optional<ObjectNode> activity(long id) {
        return state.query((badges, activities) -> activities.view(id).map(row -> row.record().fieldsCopy()));
    }

    public int activityCount() {
        return state.query((badges, activities) -> activities.size());
    }

    /** Adds plain, open, deletable task activities owned by the given CRM item; returns their ids. */
    public List<Long> addActivities(int count, int ownerTypeId, long ownerId) {
        crmItems.ensure(ownerTypeId, ownerId);
        OffsetDateTime now = OffsetDateTime.now(SandboxTime.PORTAL_OFFSET).withNano(0);
        return state.query((badges, activities) -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ActivitySeed seed = new ActivitySeed(ActivityKind.TASK, ownerTypeId, ownerId,
                        "Sandbox task " + (i + 1), now, false, SandboxUsers.ADMIN_ID, 2, 0, "Added by a test");
                ids.add(activities.add(seed, ActivityAccess.NORMAL).id());
            }
            return ids;
        });
    }

    /**
     * Adds {@code count} (up to 5 000 000) seeded activities with the next ids, kept compactly (see
     * {@link SeededActivities}: every tenth is a call of user 7); returns the first id. Once per portal.
     */
    public long seedActivities(int count) {
        return state.query((badges, activities) -> {
            long[] first = {0};
            activities.addCompact(count, firstId -> {
                first[0] = firstId;
                return SeededActivities.generate(firstId, count);
            });
            return first[0];
        });
    }

    /** Deletes a lead (1), deal (2), contact (3) or company (4) as test set-up; its activities keep pointing at it. */
    public void removeCrmItem(int typeId, long id) {
        crmItems.remove(typeId, id);
    }

    public void setActivityAccess(long id, ActivityAccess access) {
        Objects.requireNonNull(access, "access");
        state.update((badges, activities) -> activities.require(id).setAccess(access));
    }

    public void bindBadge(long activityId, String badgeCode) {
        Objects.requireNonNull(badgeCode, "badgeCode");
        state.update((badges, activities) -> activities.require(activityId).bindBadge(badgeCode));
    }

    /**
     * The scopes every incoming webhook of this portal holds from now on (default: crm, user, user_basic,
     * user_brief). {@code setWebhookScopes("crm")} is a webhook made without a user scope: {@code user.get} then
     * answers {@code insufficient_scope}.
     */
    public void setWebhookScopes(String... scopes) {
        this.scopes.setWebhook(Set.of(scopes));
    }

    /** Ids of activities whose e-mail the portal sent to a customer (an outgoing e-mail added as completed). */
    public List<Long> sentEmails() {
        return activityAdd.sent();
    }

    /** The communications of an activity as crm.activity.list gives them with select COMMUNICATIONS. */
    public Optional<com.fasterxml.jackson.databind.node.ArrayNode> communications(long id) {
        return state.query((badges, activities) -> activities.view(id).map(row -> row.record().communicationsCopy()));
    }

    /**
     * Puts the badge on the activity as a configurable activity of an app: this sandbox's own OAuth app
     * ({@link #clientId()}) when {@code byThisApp}, else another app, whose activities only it may update.
     */
    public void bindBadge(long activityId, String badgeCode, boolean byThisApp) {
        Objects.requireNonNull(badgeCode, "badgeCode");
        state.update((badges, activities) -> {
            ActivityRecord record = activities.require(activityId);
            record.makeConfigurable(byThisApp ? tokens.clientId() : ActivityRecord.OTHER_APP_CLIENT_ID);
            record.bindBadge(badgeCode);
        });
    }

    /** Switches for the recycle bin and for whether lists return PROVIDER_PARAMS. */
    public SandboxControl control() {
        return control;
    }

    /** Ids of the deleted activities waiting in the CRM recycle bin (REST cannot see them). */
    public List<Long> recycleBinIds() {
        return state.query((badges, activities) -> activities.recycleBinIds());
    }

    /**
     * Test-only: the admin erases the CRM recycle bin in the portal's own UI (CRM → Recycle bin → delete
     * permanently); the badges its entries kept are released. Returns how many entries were erased.
     */
    public int eraseRecycleBinInPortal() {
        return state.query((badges, activities) -> activities.eraseRecycleBin());
    }

    /**
     * The latest requests received (see {@link SandboxConfig#requestLogCapacity(int)}), oldest first; long
     * texts in their parameters are cut to 4096 characters with a marker.
     */
    public List<RecordedRequest> requests() {
        return log.all();
    }

    public List<RecordedRequest> requests(String method) {
        return log.byMethod(method);
    }

    public void clearRequests() {
        log.clear();
    }

    public SandboxFaults faults() {
        return faults;
    }

    public RateLimitStats rateLimitStats() {
        return rateLimiter.stats();
    }

    /** What the operating limit saw: calls refused, the highest sum per method. */
    public OperatingStats operatingStats() {
        return meter.stats();
    }

    /** The plan this portal was started with (bucket, operating limit, app.info licence). */
    public org.badgemanager.limits.PortalPlan plan() {
        return config.plan();
    }

    /** The time scale this portal runs at (shared with the client for benchmarks). */
    public org.badgemanager.limits.TimeScale timeScale() {
        return config.timeScale();
    }

    public void setRateLimit(double perSecond, int burst) {
        rateLimiter.configure(perSecond, burst);
    }

    public void disableRateLimit() {
        rateLimiter.disable();
    }

    @Override
    /** Stops the server; calling it again does nothing. */
    public void close() {
        server.close();
    }
}
