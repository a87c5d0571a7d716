package org.badgemanager.connection;

import java.util.Map;
import java.util.function.Consumer;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.connection.kinds.oauth.SignInDesk;
import org.badgemanager.session.EmbeddedSandbox;

/**
 * What a kind may use while it opens a connection.
 *
 * @param secretsChanged  saves secrets that changed while connected (renewed OAuth tokens) under the profile;
 *                        runs on the worker that noticed the change
 */
public record KindContext(EmbeddedSandbox sandbox, ClientOptions options, SignInDesk signIns,
                          Consumer<Map<String, String>> secretsChanged) {
}
