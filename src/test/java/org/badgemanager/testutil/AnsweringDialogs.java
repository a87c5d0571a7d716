package org.badgemanager.testutil;

import java.util.ArrayList;
import java.util.List;
import org.badgemanager.badges.Badge;
import org.badgemanager.ui.common.DialogService;

/** Answers confirmations with a fixed choice and remembers what was asked. */
public final class AnsweringDialogs implements DialogService {
    public final List<String> asked = new ArrayList<>();
    private final boolean answer;

    public AnsweringDialogs(boolean answer) {
        this.answer = answer;
    }

    @Override
    public boolean confirm(String title, String header, String content, Badge preview) {
        asked.add(header);
        return answer;
    }
}
