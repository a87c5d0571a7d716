package org.badgemanager.locks;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.bitrix.BitrixClient;

/**
 * One lock per portal shared by every process of the app on this machine, so that two windows, or a window and a
 * command, never run destructive work on the same portal at once (a badge-set apply with its journal, a restore
 * with its log, a bulk or delete-all run): the second is refused before it sends anything. The lock is an OS file
 * lock ({@link FileChannel#tryLock}) on a file in the data folder's {@value #FOLDER} folder, one per portal
 * address; the OS lets it go when the process ends, also when it is killed, so a crash never leaves a portal
 * locked. The file itself stays (empty) and means nothing without the lock.
 *
 * <p>Within one process the lock is shared: the window may run an apply and a delete on the same portal side by
 * side as before (each run's own guard keeps a view from running twice); only other processes are kept out.
 */
public final class PortalLocks {
    public static final String FOLDER = "locks";
    /** This process's locks, by lock file, with how many runs hold each. */
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path folder;

    private PortalLocks(Path folder) {
        this.folder = folder;
    }

    /** Locks in {@code dataFolder}/{@value #FOLDER}: the data folder every window and command of a user shares. */
    public static PortalLocks in(Path dataFolder) {
        return new PortalLocks(dataFolder.resolve(FOLDER));
    }

    /** No lock at all: for tests of one view model and for tools that change nothing. */
    public static PortalLocks none() {
        return new PortalLocks(null);
    }

    /** The portal a client talks to, as the journal knows it ({@code scheme://host:port}). */
    public static String keyOf(BitrixClient client) {
        return keyOf(client.connection().methodUri("profile"));
    }

    public static String keyOf(URI anyMethodUri) {
        return SafetyNets.portalKey(anyMethodUri);
    }

    /** Holds the lock of {@code client}'s portal until the returned handle is closed. */
    public Hold hold(BitrixClient client) {
        return hold(keyOf(client));
    }

    /**
     * Holds the lock of {@code portalKey} until the returned handle is closed.
     *
     * @throws PortalBusyException another process holds it
     */
    public Hold hold(String portalKey) {
        if (folder == null) {
            return () -> { };
        }
        Path file = folder.resolve(fileName(portalKey));
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held == null) {
                held = lock(file, portalKey);
                if (held == null) {
                    return () -> { };
                }
                HELD.put(file, held);
            }
            held.count++;
            Held mine = held;
            boolean[] released = {false};
            return () -> release(file, mine, released);
        }
    }

    private static void release(Path file, Held held, boolean[] released) {
        synchronized (HELD) {
            if (released[0]) {
                return;
            }
            released[0] = true;
            if (--held.count == 0) {
                HELD.remove(file);
                try {
                    held.channel.close(); // releases the lock
                } catch (IOException e) {
                    // the OS drops the lock with the process anyway
                }
            }
        }
    }

    /** The lock, or null where the OS cannot give one; throws when another process holds it. */
    private static Held lock(Path file, String portalKey) {
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new PortalBusyException(portalKey);
            }
            return new Held(channel);
        } catch (OverlappingFileLockException inThisProcess) {
            // not reached while HELD is the only way in; kept for safety
            closeQuietly(channel);
            throw new PortalBusyException(portalKey);
        } catch (IOException e) {
            // a data folder on a file system without locks (some network shares), or not writable: the guard is
            // lost, not the work; refusing every change on such a machine would help no one
            closeQuietly(channel);
            System.getLogger(PortalLocks.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot lock " + file.getFileName() + "; running without the guard against another window", e);
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing held
            }
        }
    }

    /** A file name for the portal: its address with everything but letters, digits, dots and dashes as {@code _}. */
    static String fileName(String portalKey) {
        return portalKey.replaceAll("[^A-Za-z0-9.-]", "_") + ".lock";
    }

    /** A lock being held; closing it more than once is harmless. */
    @FunctionalInterface
    public interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Held {
        private final FileChannel channel;
        private int count;

        private Held(FileChannel channel) {
            this.channel = channel;
        }
    }
}
