package org.badgemanager.app;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.badgemanager.activities.BackupWriter;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.session.EmbeddedSandbox;
import org.badgemanager.settings.AppDirs;
import org.badgemanager.settings.Settings;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.theme.SystemAppearance;

/**
 * What the app needs before its window can open: logging, the services, the saved settings and the UI language.
 * Reading them (files, Jackson) needs no toolkit, so {@link #beginEarly()} starts it on its own thread from
 * {@code main}, on the second core while JavaFX starts its toolkit; the app takes the result in {@code init}.
 */
final class StartupPreparation {
    private static volatile CompletableFuture<Prepared> early;
    private static volatile CompletableFuture<Boolean> systemPrefersDark;

    private StartupPreparation() {
    }

    /** The app's services, settings and language, read from the user's folders. */
    record Prepared(AppServices services, Settings settings, Messages messages) {
    }

    static void beginEarly() {
        early = onOwnThread("startup-preparation", StartupPreparation::prepare);
        systemPrefersDark = SystemAppearance.prefersDarkAsync();
    }

    /** Whether the desktop prefers dark windows: asked from {@code main}, or now when main did not start it. */
    static CompletableFuture<Boolean> systemPrefersDark() {
        CompletableFuture<Boolean> started = systemPrefersDark;
        return started == null ? SystemAppearance.prefersDarkAsync() : started;
    }

    /** The prepared parts; prepares them here when {@code main} did not start it (another main class, tests). */
    static Prepared take() {
        CompletableFuture<Prepared> started = early;
        early = null;
        return started == null ? prepare() : await(started);
    }

    /** Runs {@code work} on a new daemon thread: start-up work that must not wait for a pool. */
    static <T> CompletableFuture<T> onOwnThread(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The result, or the failure as it was thrown (not wrapped), so start-up reports the real cause. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Prepared prepare() {
        AppDirs dirs = AppDirs.forCurrentUser();
        AppLogging.install(dirs.data());
        removeUnfinishedBackups(dirs);
        AppServices services = AppServices.create(dirs, new EmbeddedSandbox(), ClientOptions.defaults());
        Settings settings = services.connections().settings();
        return new Prepared(services, settings, Messages.forLocale(uiLocale(settings)));
    }

    /** A run killed while writing its backup leaves a part file; nothing of it was deleted (see BackupWriter). */
    private static void removeUnfinishedBackups(AppDirs dirs) {
        System.Logger log = System.getLogger(StartupPreparation.class.getName());
        try {
            for (String name : BackupWriter.removeUnfinished(dirs.backups())) {
                log.log(System.Logger.Level.INFO, "Removed an unfinished backup left by a stopped run: " + name);
            }
        } catch (IOException e) {
            log.log(System.Logger.Level.WARNING, "Could not remove unfinished backups", e);
        }
    }

    /** The language chosen in the app, else the system's: Russian for Russian systems, English otherwise. */
    private static Locale uiLocale(Settings settings) {
        String lang = System.getProperty("badgemanager.lang");
        if (lang == null) {
            lang = settings.uiLanguage() != null ? settings.uiLanguage() : Locale.getDefault().getLanguage();
        }
        return "ru".equals(lang) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }
}
