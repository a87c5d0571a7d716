package org.badgemanager.badges;

import java.util.LinkedHashMap;
import java.util.Map;

/** The language ids Bitrix24 knows (docs: crm data types, lang ids), with their names for pickers. */
public final class Languages {
    public static final Map<String, String> ALL;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("en", "English");
        m.put("ru", "Русский");
        m.put("de", "Deutsch");
        m.put("ua", "Українська");
        m.put("fr", "Français");
        m.put("it", "Italiano");
        m.put("la", "Español");
        m.put("br", "Português (Brasil)");
        m.put("pl", "Polski");
        m.put("tr", "Türkçe");
        m.put("sc", "中文 (简体)");
        m.put("tc", "中文 (繁體)");
        m.put("ja", "日本語");
        m.put("vn", "Tiếng Việt");
        m.put("id", "Bahasa Indonesia");
        m.put("ms", "Bahasa Melayu");
        m.put("th", "ไทย");
        m.put("hi", "हिन्दी");
        m.put("ar", "العربية");
        ALL = java.util.Collections.unmodifiableMap(m);
    }

    private Languages() {
    }

    public static boolean isKnown(String id) {
        return ALL.containsKey(id);
    }

    public static String nameOf(String id) {
        return ALL.getOrDefault(id, id);
    }
}
