package org.badgemanager.ui.notices;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every notice of the session, oldest first, for the Messages panel: popups go away, this does not. It outlives a
 * window rebuilt for another language. Bounded, so that a long session of failing calls cannot grow it forever.
 * FX thread only.
 */
public final class NoticeHistory {
    static final int CAPACITY = 1000;
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final ObservableList<Notice> readOnly = FXCollections.unmodifiableObservableList(notices);
    private final IntegerBinding count = Bindings.size(notices);

    public void add(Notice notice) {
        if (notices.size() == CAPACITY) {
            notices.remove(0);
        }
        notices.add(notice);
    }

    public ObservableList<Notice> notices() {
        return readOnly;
    }

    public IntegerBinding count() {
        return count;
    }

    /** All of them as one text, as "Copy all" puts it on the clipboard. */
    public static String asText(List<Notice> notices) {
        return notices.stream().map(Notice::asText).collect(Collectors.joining("\n"));
    }
}
