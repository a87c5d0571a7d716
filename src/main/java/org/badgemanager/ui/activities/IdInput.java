package org.badgemanager.ui.activities;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.badgemanager.activities.IdParser;
import org.badgemanager.activities.IdSelection;
import org.badgemanager.ui.common.Messages;

/**
 * The "by id" box: the text, what it reads as, and the words under it. Text longer than
 * {@link IdParser#MAX_INPUT_CHARS} never reaches the box: {@link #acceptsLength} refuses it and says why.
 */
public final class IdInput {
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<IdSelection> selection = new SimpleObjectProperty<>(IdSelection.empty());
    private final StringProperty refusal = new SimpleStringProperty("");
    private final Messages messages;
    private final StringBinding summary;
    private final StringBinding problems;
    private final BooleanBinding deletable;

    public IdInput(Messages messages) {
        this.messages = messages;
        text.addListener((o, was, now) -> {
            selection.set(IdParser.parse(now));
            refusal.set("");
        });
        summary = Bindings.createStringBinding(this::describe, selection, refusal);
        problems = Bindings.createStringBinding(this::describeProblems, selection);
        deletable = Bindings.createBooleanBinding(this::deletable, selection);
    }

    /** Asked before an edit (typing, paste) would make the text this long. */
    public boolean acceptsLength(int length) {
        if (length <= IdParser.MAX_INPUT_CHARS) {
            return true;
        }
        refusal.set(messages.get("ids.tooLong", length, IdParser.MAX_INPUT_CHARS));
        return false;
    }

    /** The confirmation's extra line for ranges that look like typos, or null. */
    public String wideRangeWarning() {
        var wide = selection.get().wideRanges();
        if (wide.isEmpty()) {
            return null;
        }
        return messages.get("ids.wideWarning", wide.stream()
                .map(r -> messages.get("ids.range", String.valueOf(r.from()), String.valueOf(r.to()), r.size()))
                .collect(Collectors.joining(", ")));
    }

    private String describe() {
        if (!refusal.get().isEmpty()) {
            return refusal.get();
        }
        IdSelection s = selection.get();
        return switch (s.limit()) {
            case INPUT_TOO_LONG -> messages.get("ids.tooLong", text.get().length(), IdParser.MAX_INPUT_CHARS);
            case TOO_MANY_IDS -> messages.get("ids.tooMany", IdParser.MAX_IDS);
            case NONE -> s.ids().isEmpty() ? messages.get("ids.none")
                    : messages.get("ids.found", s.ids().size())
                    + (s.duplicates() > 0 ? " \u00b7 " + messages.get("ids.duplicates", s.duplicates()) : "")
                    + (s.wideRanges().isEmpty() ? "" : " \u00b7 " + messages.get("ids.wide", s.wideRanges().size()));
        };
    }

    private String describeProblems() {
        IdSelection s = selection.get();
        if (s.problemCount() == 0) {
            return "";
        }
        String shown = s.problems().stream().limit(5)
                .map(p -> messages.get("ids.problem." + p.reason().name(), p.token(), p.line()))
                .collect(Collectors.joining(", "));
        int more = s.problemCount() - (int) Math.min(5, s.problems().size());
        return messages.get("ids.problems", s.problemCount(), shown)
                + (more > 0 ? " " + messages.get("ids.more", more) : "");
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<IdSelection> selectionProperty() {
        return selection;
    }

    public StringBinding summary() {
        return summary;
    }

    /**
     * Usable and read in full: a delete never runs on part of what the admin typed while another part could not
     * be read (a typo there might have been the very id meant).
     */
    public boolean deletable() {
        IdSelection s = selection.get();
        return s.usable() && s.problemCount() == 0;
    }

    public BooleanBinding deletableBinding() {
        return deletable;
    }

    public StringBinding problems() {
        return problems;
    }
}
