package org.badgemanager.connection.kinds.oauth;

import java.net.URI;

/**
 * Opens a page in the system browser. The app passes the desktop's own (JavaFX HostServices); tests pass an HTTP
 * client that plays the browser against the sandbox's sign-in page.
 */
public interface Browser {
    void open(URI page);
}
