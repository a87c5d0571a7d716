package org.badgemanager.testutil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.badgemanager.badges.Badge;
import org.badgemanager.ui.common.DialogService;

/** Answers confirmations with a fixed choice, file questions with {@link #chosen}, and remembers what was asked. */
public final class AnsweringDialogs implements DialogService {
    public final List<String> asked = new ArrayList<>();
    /** The headers of the confirmations that asked to type the count. */
    public final List<String> askedToType = new ArrayList<>();
    /** What the file and folder choosers answer; empty means the user cancelled. */
    public Optional<Path> chosen = Optional.empty();
    private final boolean answer;

    public AnsweringDialogs(boolean answer) {
        this.answer = answer;
    }

    @Override
    public boolean confirm(String title, String header, String content, Badge preview) {
        asked.add(header);
        return answer;
    }

    @Override
    public boolean confirmByTyping(String title, String header, String content, long count) {
        asked.add(header);
        askedToType.add(header);
        return answer;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return chosen;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path folder, String kind, String pattern) {
        return chosen;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String extension) {
        return chosen;
    }
}
