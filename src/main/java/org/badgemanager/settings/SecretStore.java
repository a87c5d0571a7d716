package org.badgemanager.settings;

import java.util.Map;

/** Where webhook codes, tokens and client secrets live, apart from the settings. */
public interface SecretStore {

    /** The secrets saved for a profile (keys such as {@code webhookUrl}, {@code accessToken}); empty if none. */
    Map<String, String> load(String profileId);

    void save(String profileId, Map<String, String> secrets);

    void delete(String profileId);

    /** Where secrets go, as a key the UI words in its language: {@code keyring}, {@code file}, or {@code keyringOrFile} before the first use decides. */
    String kind();
}
