package org.badgemanager.connection.kinds.oauth;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.OAuthGrant;
import org.badgemanager.bitrix.QueryEncoder;
import org.badgemanager.bitrix.SecureEndpoint;
import org.badgemanager.bitrix.TokenRefresher;

/**
 * The code flow of a local app: open the portal's authorize page in the browser, receive the redirect on the
 * loopback handler (or the address the user pasted), check that it answers this sign-in ({@code state}), and
 * exchange the code (it lives 30 seconds) at the OAuth server for tokens.
 */
final class BrowserSignIn {
    /** The Bitrix24 OAuth servers; a redirect naming any other is not sent the client secret. */
    private static final Set<String> KNOWN_SERVERS = Set.of("oauth.bitrix.info", "oauth.bitrix24.tech");
    static final String DEFAULT_SERVER = "https://oauth.bitrix.info/";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SignInDesk desk;
    private final TokenRefresher tokens;

    BrowserSignIn(SignInDesk desk, TokenRefresher tokens) {
        this.desk = desk;
        this.tokens = tokens;
    }

    /** Blocking; interrupting the thread cancels it. Returns the grant and the OAuth server that issued it. */
    Result run(OAuthDetails app, URI portal) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String state = HexFormat.of().formatHex(bytes);
        Map<String, String> redirect;
        try (LoopbackReceiver receiver = LoopbackReceiver.listen(app.handlerPort())) {
            desk.waitWith(receiver);
            try {
                desk.browser().open(URI.create(portal.getScheme() + "://" + portal.getRawAuthority()
                        + "/oauth/authorize/?client_id=" + QueryEncoder.urlencode(app.clientId())
                        + "&state=" + state));
                redirect = receiver.await(desk.patience());
            } finally {
                desk.doneWith(receiver);
            }
        }
        if (!state.equals(redirect.get("state"))) {
            throw failure("SIGNIN_STATE_MISMATCH",
                    "The answer that reached the app does not belong to the sign-in it started.");
        }
        if (redirect.containsKey("error")) {
            throw failure("SIGNIN_DENIED", "The portal refused the sign-in: " + redirect.get("error") + ".");
        }
        String code = redirect.get("code");
        if (code == null || code.isBlank()) {
            throw failure("SIGNIN_NO_CODE", "The answer carries no authorization code.");
        }
        URI server = serverFor(redirect.get("server_domain"), portal);
        OAuthGrant grant = tokens.exchangeCode(TokenRefresher.tokenUriOf(server), app.clientId(), app.clientSecret(),
                code);
        return new Result(grant, server);
    }

    record Result(OAuthGrant grant, URI server) {
    }

    /**
     * The OAuth server that gets the code and the client secret: the one the redirect names when it is a Bitrix24
     * server (or, for a portal on this computer, that computer), otherwise the usual one. For a self-hosted portal
     * too: the docs say to exchange and renew at the OAuth server, not at the portal's own /oauth/token/.
     */
    static URI serverFor(String serverDomain, URI portal) {
        String domain = serverDomain == null ? "" : serverDomain.strip().toLowerCase(java.util.Locale.ROOT);
        if (KNOWN_SERVERS.contains(domain)) {
            return URI.create("https://" + domain + "/");
        }
        String host = domain.contains(":") ? domain.substring(0, domain.lastIndexOf(':')) : domain;
        if (SecureEndpoint.isLoopback(host) && SecureEndpoint.isLoopback(portal.getHost())) {
            return URI.create("http://" + domain + "/");
        }
        return URI.create(DEFAULT_SERVER);
    }

    private static BitrixException failure(String code, String description) {
        return new BitrixException(code, description, 0, LoopbackReceiver.METHOD);
    }
}
