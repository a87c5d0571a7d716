package org.badgemanager.connection.kinds.oauth;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import org.badgemanager.bitrix.EndpointAddress;
import org.badgemanager.bitrix.HttpTransport;
import org.badgemanager.bitrix.OAuthConnection;
import org.badgemanager.bitrix.OAuthTokens;
import org.badgemanager.bitrix.TokenRefresher;
import org.badgemanager.connection.ConnectionDetails;
import org.badgemanager.connection.ConnectionKindSupport;
import org.badgemanager.connection.KindContext;
import org.badgemanager.connection.KindForm;
import org.badgemanager.connection.Opened;
import org.badgemanager.connection.PortalTrust;
import org.badgemanager.connection.Remembered;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.Profile;
import org.badgemanager.ui.common.Messages;

/**
 * A local OAuth app, signed in through the browser. The settings keep the portal, client id, handler port and the
 * endpoints the OAuth server named; the secret store the client secret and the tokens. Renewal is automatic;
 * a refused renewal needs a new sign-in ({@link #signInAgain}).
 */
public final class OAuthKind implements ConnectionKindSupport {
    static final String PORTAL = "portal";
    static final String CLIENT_ID = "clientId";
    static final String HANDLER_PORT = "handlerPort";
    static final String CLIENT_ENDPOINT = "clientEndpoint";
    static final String SERVER_ENDPOINT = "serverEndpoint";
    static final String SECRET_CLIENT = "clientSecret";
    static final String SECRET_ACCESS = "accessToken";
    static final String SECRET_REFRESH = "refreshToken";

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.OAUTH;
    }

    @Override
    public OAuthForm newForm(Messages messages, KindContext context) {
        return new OAuthForm(messages, context.signIns());
    }

    @Override
    public Node newView(KindForm form, Messages messages) {
        return new OAuthView((OAuthForm) form, messages).root();
    }

    @Override
    public boolean keepsSecrets() {
        return true;
    }

    @Override
    public Opened open(ConnectionDetails details, KindContext context) {
        OAuthDetails app = (OAuthDetails) details;
        if (!app.signedIn()) {
            app = signIn(app, context);
        }
        OAuthDetails used = app;
        OAuthConnection connection = new OAuthConnection(URI.create(used.clientEndpoint()),
                URI.create(used.serverEndpoint()), used.clientId(), used.clientSecret(), used.tokens(),
                renewed -> context.secretsChanged().accept(secretsOf(used.withTokens(renewed))),
                used.trust().plainHttp());
        return new Opened(connection, connection.portalHost(), used, used.trust().sslContext(), true);
    }

    /** Runs the browser sign-in for these app details; blocking. The tokens are in the result. */
    public OAuthDetails signIn(OAuthDetails app, KindContext context) {
        URI portal = portalAddress(app.portal(), app.trust().plainHttp());
        TokenRefresher tokens = new TokenRefresher(new HttpTransport(context.options(), app.trust().sslContext()));
        BrowserSignIn.Result result = new BrowserSignIn(context.signIns(), tokens).run(app, portal);
        return app.withGrant(result.grant(), portal + "/rest/", result.server() + "rest/");
    }

    /** The new tokens go into the open connection and are saved like renewed ones. */
    @Override
    public void signInAgain(org.badgemanager.bitrix.Connection open, ConnectionDetails details, KindContext context) {
        OAuthTokens fresh = signIn((OAuthDetails) details, context).tokens();
        ((OAuthConnection) open).replaceTokens(fresh);
    }

    /** The portal's address as used: https unless plain http was allowed for it; scheme and host only. */
    static URI portalAddress(String typed, boolean plainHttp) {
        String text = EndpointAddress.trim(typed);
        if (!text.isEmpty() && !text.contains("://")) {
            text = "https://" + text;
        }
        URI uri = EndpointAddress.parse(text, plainHttp);
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
    }

    @Override
    public Remembered remember(ConnectionDetails details) {
        OAuthDetails app = (OAuthDetails) details;
        URI portal = portalAddress(app.portal(), app.trust().plainHttp());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(PORTAL, portal.toString());
        fields.put(CLIENT_ID, EndpointAddress.trim(app.clientId()));
        fields.put(HANDLER_PORT, String.valueOf(app.handlerPort()));
        fields.put(CLIENT_ENDPOINT, app.clientEndpoint());
        fields.put(SERVER_ENDPOINT, app.serverEndpoint());
        fields.putAll(app.trust().toFields());
        return new Remembered(portal.getHost(), fields, secretsOf(app));
    }

    private static Map<String, String> secretsOf(OAuthDetails app) {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put(SECRET_CLIENT, EndpointAddress.trim(app.clientSecret()));
        if (app.tokens() != null) {
            secrets.put(SECRET_ACCESS, app.tokens().accessToken());
            secrets.put(SECRET_REFRESH, app.tokens().refreshToken());
        }
        return secrets;
    }

    @Override
    public OAuthDetails restore(Profile profile, Map<String, String> secrets) {
        String access = secrets.get(SECRET_ACCESS);
        String refresh = secrets.get(SECRET_REFRESH);
        OAuthTokens tokens = access == null || refresh == null ? null
                // the expiry is not kept: an expired token is renewed on the portal's first expired_token
                : new OAuthTokens(access, refresh, java.time.Instant.now().plusSeconds(3600));
        String portal = profile.field(PORTAL);
        if (portal == null && profile.field(CLIENT_ENDPOINT) != null) {
            URI client = URI.create(profile.field(CLIENT_ENDPOINT)); // saved before sign-in through the browser
            portal = client.getScheme() + "://" + client.getRawAuthority();
        }
        return new OAuthDetails(portal, profile.field(CLIENT_ID), secrets.get(SECRET_CLIENT),
                parsePort(profile.field(HANDLER_PORT)), tokens, profile.field(CLIENT_ENDPOINT),
                profile.field(SERVER_ENDPOINT), PortalTrust.fromFields(profile.fields()));
    }

    private static int parsePort(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public boolean isComplete(Profile profile) {
        return !blank(profile.field(CLIENT_ID))
                && (!blank(profile.field(PORTAL)) || !blank(profile.field(CLIENT_ENDPOINT)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public boolean canConnectUnattended(ConnectionDetails restored) {
        OAuthDetails app = (OAuthDetails) restored;
        return !blank(app.clientSecret()) && app.signedIn();
    }
}
