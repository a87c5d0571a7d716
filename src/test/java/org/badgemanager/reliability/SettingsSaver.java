package org.badgemanager.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.FileSecretStore;
import org.badgemanager.settings.Profile;
import org.badgemanager.settings.Settings;
import org.badgemanager.settings.SettingsStore;

/**
 * Child process for {@link SettingsCrashTest}: saves settings and secrets in a loop, each version larger than a
 * disk block, printing "saved N" after each, until it is killed.
 */
public final class SettingsSaver {
    private SettingsSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        SettingsStore settings = new SettingsStore(dir.resolve("settings.json"));
        FileSecretStore secrets = new FileSecretStore(dir.resolve("secrets.json"));
        for (int n = 1; ; n++) {
            settings.save(version(n));
            secrets.save("p" + (n % 7), Map.of("webhookUrl", "https://portal.example/rest/1/" + "k".repeat(40) + n + "/"));
            System.out.println("saved " + n);
            System.out.flush();
        }
    }

    /** Version n: n % 40 + 60 profiles, each naming n, so a torn file cannot pass for a whole one. */
    static Settings version(int n) {
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < n % 40 + 60; i++) {
            profiles.add(new Profile("id-" + n + "-" + i, "Portal " + i + " of version " + n, ConnectionKind.WEBHOOK,
                    java.util.Map.of("maskedWebhookUrl", "https://portal" + i + ".example/rest/1/••••••/")));
        }
        return new Settings(profiles, "id-" + n + "-0", n % 2 == 0 ? "en" : "ru", null);
    }
}
