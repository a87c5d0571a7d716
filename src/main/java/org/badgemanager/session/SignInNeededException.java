package org.badgemanager.session;

/**
 * Connecting needs a sign-in in the browser (an OAuth app never signed in, or whose grant is gone), and this
 * connection service has no browser (the command line): the window signs in once, then commands can run.
 */
public final class SignInNeededException extends RuntimeException {
    public SignInNeededException() {
        super("No browser to sign in with");
    }
}
