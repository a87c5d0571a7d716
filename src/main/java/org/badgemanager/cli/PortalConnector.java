package org.badgemanager.cli;

import java.util.List;
import java.util.Locale;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.InvalidWebhookUrlException;
import org.badgemanager.bitrix.LiveSecrets;
import org.badgemanager.locks.PortalBusyException;
import org.badgemanager.locks.PortalLocks;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.session.PortalSession;
import org.badgemanager.session.SignInNeededException;
import org.badgemanager.settings.Profile;
import org.badgemanager.settings.SettingsStore;

/**
 * Opens the portal a command names, through the window's own {@link ConnectionService} (the same kinds, settings,
 * secret store and edit journals), then proves it with one cheap call, so that "cannot connect" is known (exit 3)
 * before any work starts. Says what it connected to on stderr; never prints a secret.
 */
final class PortalConnector implements AutoCloseable {
    private final CliContext context;
    private final Texts texts;
    private final EmbeddedSandbox sandbox = new EmbeddedSandbox();
    private final ConnectionService connections;
    private PortalLocks.Hold lock = () -> { };

    PortalConnector(CliContext context, Texts texts) {
        this.context = context;
        this.texts = texts;
        this.connections = new ConnectionService(SettingsStore.in(context.dirs()), context.secrets(), sandbox,
                context.options(), SafetyNets.in(context.dirs().data()), LiveSecrets.process());
    }

    PortalSession open(ConnectionOptions options) {
        return open(options, false);
    }

    /**
     * As {@link #open(ConnectionOptions)}, for a command that changes the portal: first takes the portal's lock
     * shared with every window and command of this user ({@link PortalLocks}), held until {@link #close}; when
     * another process holds it, the command ends with {@link ExitCodes#PORTAL_BUSY} before its first call.
     */
    PortalSession openToChange(ConnectionOptions options) {
        return open(options, true);
    }

    private PortalSession open(ConnectionOptions options, boolean toChange) {
        ConnectionRequest request = options.webhookEnv != null ? fromEnvironment(options.webhookEnv)
                : fromProfile(options.profile);
        PortalSession session;
        try {
            session = connections.open(request);
        } catch (InvalidWebhookUrlException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, texts.get("connect.badWebhook", options.webhookEnv,
                    e.problem().name()));
        } catch (BitrixException e) {
            throw cannotConnect(e);
        } catch (RuntimeException e) {
            throw openFailure(e, options.profile, texts);
        }
        if (toChange) {
            try {
                lock = PortalLocks.in(context.dirs().data()).hold(session.client());
            } catch (PortalBusyException e) {
                throw new CliFailure(ExitCodes.PORTAL_BUSY, texts.get(PortalBusyException.MESSAGE_KEY));
            }
        }
        try {
            String who = connections.probe(session);
            context.terminal().err().println(texts.get("connect.connected", who));
        } catch (BitrixException e) {
            throw cannotConnect(e);
        }
        return session;
    }

    /**
     * What a failure to open the connection (before any call) tells the user: an OAuth profile that must sign in
     * in the window says so; anything else (a pinned certificate that cannot be used, …) is named as what it is.
     * Nothing was sent either way: exit 3.
     */
    static CliFailure openFailure(RuntimeException e, String profile, Texts texts) {
        if (e instanceof SignInNeededException) {
            return new CliFailure(ExitCodes.CANNOT_CONNECT, texts.get("connect.needsSignIn", profile));
        }
        Throwable cause = e.getCause() != null && e.getCause() != e ? e.getCause() : null;
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (cause != null && cause.getMessage() != null) {
            what += " (" + cause.getMessage() + ")";
        }
        return new CliFailure(ExitCodes.CANNOT_CONNECT, texts.get("connect.openFailed", what));
    }

    private CliFailure cannotConnect(BitrixException e) {
        return new CliFailure(ExitCodes.CANNOT_CONNECT, texts.get("connect.failed", e.code(), e.description()));
    }

    private ConnectionRequest fromEnvironment(String variable) {
        String url = context.environment().apply(variable);
        if (url == null || url.isBlank()) {
            throw new CliFailure(ExitCodes.BAD_INPUT, texts.get("connect.noVariable", variable));
        }
        return ConnectionRequest.webhook(url.strip());
    }

    private ConnectionRequest fromProfile(String name) {
        List<Profile> profiles = connections.profiles();
        Profile profile = find(profiles, name);
        ConnectionRequest restored = connections.restore(profile);
        if (!connections.canConnectUnattended(restored)) {
            throw new CliFailure(ExitCodes.CANNOT_CONNECT, texts.get("connect.secretGone", profile.name()));
        }
        return restored;
    }

    /** By exact name, else by the only name that matches ignoring case, else by id. */
    private Profile find(List<Profile> profiles, String name) {
        for (Profile p : profiles) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        List<Profile> loose = profiles.stream()
                .filter(p -> p.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
                        || p.id().equals(name))
                .toList();
        if (loose.size() == 1) {
            return loose.get(0);
        }
        String known = profiles.isEmpty() ? texts.get("connect.noProfiles")
                : String.join(", ", profiles.stream().map(Profile::name).toList());
        throw new CliFailure(ExitCodes.BAD_INPUT, texts.get("connect.noSuchProfile", name, known));
    }

    /**
     * A read that nothing depends on yet (the badges to list, export or compare): a portal that does not answer it
     * is one that cannot be reached (exit 3), never a difference (exit 1) or a partial failure.
     */
    <T> T read(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (BitrixException e) {
            throw new CliFailure(ExitCodes.CANNOT_CONNECT, texts.get("connect.failed", e.code(), e.description()));
        }
    }

    @Override
    public void close() {
        lock.close();
        sandbox.close();
    }
}
