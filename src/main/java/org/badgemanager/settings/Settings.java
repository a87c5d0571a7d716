package org.badgemanager.settings;

import java.util.List;

/**
 * Everything the app remembers between runs (no secrets).
 *
 * @param startWithLastPortal whether the app opens the last portal at start without the connection dialog; null
 *                            means the user never chose, which counts as yes once a profile is saved
 */
public record Settings(List<Profile> profiles, String lastProfileId, String uiLanguage, WindowBounds window,
                       Boolean startWithLastPortal) {

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public static Settings empty() {
        return new Settings(List.of(), null, null, null, null);
    }

    public Settings {
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }

    public Settings(List<Profile> profiles, String lastProfileId, String uiLanguage, WindowBounds window) {
        this(profiles, lastProfileId, uiLanguage, window, null);
    }

    /** The profile to open at start without the dialog, or null (none saved, or the user turned it off). */
    public Profile profileToStartWith() {
        if (Boolean.FALSE.equals(startWithLastPortal) || lastProfileId == null) {
            return null;
        }
        return profiles.stream().filter(p -> p.id().equals(lastProfileId)).findFirst().orElse(null);
    }

    public boolean startsWithLastPortal() {
        return !Boolean.FALSE.equals(startWithLastPortal);
    }

    public Settings withProfile(Profile profile) {
        List<Profile> updated = new java.util.ArrayList<>(profiles.stream()
                .filter(p -> !p.id().equals(profile.id())).toList());
        updated.add(profile);
        return new Settings(updated, profile.id(), uiLanguage, window, startWithLastPortal);
    }

    public Settings withoutProfile(String id) {
        return new Settings(profiles.stream().filter(p -> !p.id().equals(id)).toList(),
                id.equals(lastProfileId) ? null : lastProfileId, uiLanguage, window, startWithLastPortal);
    }

    public Settings withUiLanguage(String language) {
        return new Settings(profiles, lastProfileId, language, window, startWithLastPortal);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(profiles, lastProfileId, uiLanguage, bounds, startWithLastPortal);
    }

    public Settings withStartWithLastPortal(boolean start) {
        return new Settings(profiles, lastProfileId, uiLanguage, window, start);
    }
}
