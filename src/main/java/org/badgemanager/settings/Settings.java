package org.badgemanager.settings;

import java.util.List;

/**
 * Everything the app remembers between runs (no secrets).
 *
 * @param theme               "light", "dark" or "system" (see ui.theme.ThemeChoice); null follows the system
 * @param startWithLastPortal whether the app opens the last portal at start without the connection dialog; null
 *                            means the user never chose, which counts as yes once a profile is saved
 */
public record Settings(List<Profile> profiles, String lastProfileId, String uiLanguage, WindowBounds window,
                       String theme, Boolean startWithLastPortal) {

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public static Settings empty() {
        return new Settings(List.of(), null, null, null, null, null);
    }

    /** Settings without a theme or start-up choice (the app then follows the system's light or dark preference). */
    public Settings(List<Profile> profiles, String lastProfileId, String uiLanguage, WindowBounds window) {
        this(profiles, lastProfileId, uiLanguage, window, null, null);
    }

    public Settings {
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
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
        return new Settings(updated, profile.id(), uiLanguage, window, theme, startWithLastPortal);
    }

    public Settings withoutProfile(String id) {
        return new Settings(profiles.stream().filter(p -> !p.id().equals(id)).toList(),
                id.equals(lastProfileId) ? null : lastProfileId, uiLanguage, window, theme, startWithLastPortal);
    }

    public Settings withUiLanguage(String language) {
        return new Settings(profiles, lastProfileId, language, window, theme, startWithLastPortal);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(profiles, lastProfileId, uiLanguage, bounds, theme, startWithLastPortal);
    }

    /** {@code choice}: "light", "dark" or "system" (see ui.theme.ThemeChoice). */
    public Settings withTheme(String choice) {
        return new Settings(profiles, lastProfileId, uiLanguage, window, choice, startWithLastPortal);
    }

    public Settings withStartWithLastPortal(boolean start) {
        return new Settings(profiles, lastProfileId, uiLanguage, window, theme, start);
    }
}
