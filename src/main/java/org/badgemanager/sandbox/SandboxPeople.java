package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * The portal's users as {@code user.get} knows them. Users 1, 3, 5 and 7 own the webhooks ({@link SandboxUsers});
 * 9 has left the company (returned, {@code ACTIVE: false}). Any other id (a bot, an integrator) is not returned
 * at all, as on a real portal.
 */
final class SandboxPeople {

    private record Person(int id, String name, String lastName, String secondName, boolean active) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person(1, "Anna", "Petrova", "Sergeevna", true),
            new Person(3, "Ivan", "Sokolov", "", true),
            new Person(5, "Maria", "Kuznetsova", "", true),
            new Person(7, "Oleg", "Smirnov", "", true),
            new Person(9, "Dmitry", "Volkov", "", false));

    private SandboxPeople() {
    }

    static List<Integer> ids() {
        return PEOPLE.stream().map(Person::id).toList();
    }

    /** The record as user.get sends it (values as strings, ACTIVE a boolean). */
    static Optional<ObjectNode> find(long id) {
        return PEOPLE.stream().filter(p -> p.id() == id).findFirst().map(p -> {
            ObjectNode user = Json.object();
            user.put("ID", Integer.toString(p.id()));
            user.put("ACTIVE", p.active());
            user.put("NAME", p.name());
            user.put("LAST_NAME", p.lastName());
            user.put("SECOND_NAME", p.secondName());
            return user;
        });
    }
}
