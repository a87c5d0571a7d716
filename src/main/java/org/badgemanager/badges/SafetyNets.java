package org.badgemanager.badges;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The app's journal and Recently deleted files (in the data folder) and its one count of changes in flight; hands
 * each portal its {@link SafetyNet}. A portal is known by its address ({@code scheme://host:port}): the badges
 * belong to the portal, whichever user or kind of connection reaches it.
 */
public final class SafetyNets {
    public static final String JOURNAL_FILE = "edit-journal.json";
    public static final String RECENTLY_DELETED_FILE = "recently-deleted.json";

    private final LocalJsonFile journal;
    private final LocalJsonFile recentlyDeleted;
    private final ChangesInFlight inFlight = new ChangesInFlight();

    private SafetyNets(LocalJsonFile journal, LocalJsonFile recentlyDeleted) {
        this.journal = journal;
        this.recentlyDeleted = recentlyDeleted;
    }

    public static SafetyNets in(Path dataDir) {
        return new SafetyNets(new LocalJsonFile(dataDir.resolve(JOURNAL_FILE)),
                new LocalJsonFile(dataDir.resolve(RECENTLY_DELETED_FILE)));
    }

    /** Nothing on disk: for tests and tools that must leave no file behind. */
    public static SafetyNets inMemoryOnly() {
        return new SafetyNets(new LocalJsonFile(null), new LocalJsonFile(null));
    }

    public SafetyNet forPortal(String portalKey) {
        return new SafetyNet(new FileEditJournal(journal, portalKey), new RecentlyDeleted(recentlyDeleted, portalKey),
                inFlight);
    }

    /** For a portal that forgets everything itself when the app quits: only the count of changes is shared. */
    public SafetyNet inMemory() {
        SafetyNet memory = SafetyNet.inMemory();
        return new SafetyNet(memory.journal(), memory.recentlyDeleted(), inFlight);
    }

    public ChangesInFlight inFlight() {
        return inFlight;
    }

    /** Every portal with unfinished entries: what the app can mention at start, before any connect. */
    public Set<String> portalsWithPendingEdits() {
        Set<String> portals = new TreeSet<>();
        journal.read().path("pending").forEach(n -> portals.add(n.path("portal").asText()));
        return portals;
    }

    /**
     * The journal or Recently deleted file, when it could not be parsed and was kept aside under another name: what
     * it recorded is not settled by itself, so the user must hear of it. Reads both files (call off the FX thread).
     */
    public List<String> filesKeptAside() {
        journal.read();
        recentlyDeleted.read();
        List<String> names = new ArrayList<>();
        journal.keptAsideAs().ifPresent(names::add);
        recentlyDeleted.keptAsideAs().ifPresent(names::add);
        return names;
    }

    /** {@code scheme://host:port} of a REST address, lower case, the default port spelled out. */
    public static String portalKey(URI anyMethodUri) {
        String scheme = anyMethodUri.getScheme().toLowerCase(Locale.ROOT);
        int port = anyMethodUri.getPort() != -1 ? anyMethodUri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + anyMethodUri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
