package org.badgemanager.ui.activities;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.badgemanager.activities.NameLookup;
import org.badgemanager.activities.NameLookup.Owner;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.TaskRunner;

/**
 * Names of users and owners for one connection, asked for in batches and kept for the session. Rows are worded
 * with whatever is known when their page arrives (ids at first), and {@link #fill} asks for the rest off the FX
 * thread; when the answer comes, the rows showing those ids are worded again. Each id is asked for once: one that
 * comes back without a name (a bot, a deleted deal) keeps its id. Without a scope the ids stay, and the user is
 * told once per session which scope would add names.
 */
public final class NameDirectory {
    /** Asked and answered without a name. */
    private static final String NONE = "";

    private final Map<Long, String> users = new ConcurrentHashMap<>();
    private final Map<Owner, String> owners = new ConcurrentHashMap<>();
    private final Set<Long> usersInFlight = new HashSet<>();
    private final Set<Owner> ownersInFlight = new HashSet<>();
    private final Set<String> missingScopes = new HashSet<>();
    private final ReadOnlyIntegerWrapper answers = new ReadOnlyIntegerWrapper();
    private final NameLookup lookup;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final Messages messages;

    public NameDirectory(NameLookup lookup, TaskRunner tasks, Notifier notifier, Messages messages) {
        this.lookup = lookup;
        this.tasks = tasks;
        this.notifier = notifier;
        this.messages = messages;
    }

    /** The user's name, or null when not known (yet, or at all). Any thread. */
    public String user(long id) {
        String name = users.get(id);
        return name == null || name.isEmpty() ? null : name;
    }

    /** The owner's title or name, or null. Any thread. */
    public String owner(int typeId, long id) {
        String name = owners.get(new Owner(typeId, id));
        return name == null || name.isEmpty() ? null : name;
    }

    /** True when the owner was asked for and the portal gave nothing back (deleted, or no right to read it). */
    public boolean ownerMissing(int typeId, long id) {
        return NONE.equals(owners.get(new Owner(typeId, id)));
    }

    /**
     * FX thread: asks, in one go, for the names not known yet of these users and owners; {@code onAnswer} runs
     * when names arrived. Nothing is asked when all are known, asked already, or their scope is missing.
     */
    public void fill(Collection<Long> userIds, Collection<Owner> ownerRefs, Runnable onAnswer) {
        Set<Long> askUsers = new LinkedHashSet<>();
        if (!missingScopes.contains("user")) {
            userIds.stream().filter(id -> id > 0 && !users.containsKey(id) && !usersInFlight.contains(id))
                    .forEach(askUsers::add);
        }
        Set<Owner> askOwners = new LinkedHashSet<>();
        if (!missingScopes.contains("crm")) {
            ownerRefs.stream().filter(o -> NameLookup.canName(o.typeId()) && o.id() > 0 && !owners.containsKey(o)
                    && !ownersInFlight.contains(o)).forEach(askOwners::add);
        }
        if (lookup == null || askUsers.isEmpty() && askOwners.isEmpty()) {
            return;
        }
        usersInFlight.addAll(askUsers);
        ownersInFlight.addAll(askOwners);
        tasks.run(() -> lookup.lookup(askUsers, askOwners))
                .onDone(() -> {
                    usersInFlight.removeAll(askUsers);
                    ownersInFlight.removeAll(askOwners);
                })
                .onSuccess(names -> {
                    for (String scope : names.missingScopes()) {
                        if (missingScopes.add(scope)) {
                            notifier.showInfo(messages.get("names.noScope." + scope));
                        }
                    }
                    if (!names.missingScopes().contains("user")) {
                        askUsers.forEach(id -> users.put(id, names.users().getOrDefault(id, NONE)));
                    }
                    if (!names.missingScopes().contains("crm")) {
                        askOwners.forEach(o -> owners.put(o, names.owners().getOrDefault(o, NONE)));
                    }
                    answers.set(answers.get() + 1);
                    onAnswer.run();
                });
        // a failed lookup (network, portal) leaves the ids on screen; the next page asks again
    }

    /** Counts answers; something showing names may listen to it to word itself again. */
    public ReadOnlyIntegerProperty answersProperty() {
        return answers.getReadOnlyProperty();
    }

    /** Before any connection: knows nothing, asks nothing. */
    static NameDirectory empty() {
        return new NameDirectory(null, null, null, null);
    }
}
