package org.badgemanager.settings;

import java.util.List;

/** Everything the app remembers between runs (no secrets). */
public record Settings(List<Profile> profiles, String lastProfileId, String uiLanguage, WindowBounds window) {

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public static Settings empty() {
        return new Settings(List.of(), null, null, null);
    }

    public Settings {
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }

    public Settings withProfile(Profile profile) {
        List<Profile> updated = new java.util.ArrayList<>(profiles.stream()
                .filter(p -> !p.id().equals(profile.id())).toList());
        updated.add(profile);
        return new Settings(updated, profile.id(), uiLanguage, window);
    }

    public Settings withoutProfile(String id) {
        return new Settings(profiles.stream().filter(p -> !p.id().equals(id)).toList(),
                id.equals(lastProfileId) ? null : lastProfileId, uiLanguage, window);
    }

    public Settings withUiLanguage(String language) {
        return new Settings(profiles, lastProfileId, language, window);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(profiles, lastProfileId, uiLanguage, bounds);
    }
}
