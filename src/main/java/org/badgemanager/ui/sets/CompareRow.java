package org.badgemanager.ui.sets;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.badgemanager.badges.Badge;
import org.badgemanager.badgesets.CodeComparison;
import org.badgemanager.badgesets.CodeState;

/**
 * One code of the comparison as the table shows it, with the tick that keeps it in (or leaves it out of) the plan.
 * Ticked by default; whether it is changed at all also depends on the plan's choices (add, replace, delete).
 */
public final class CompareRow {
    private final CodeComparison comparison;
    private final BooleanProperty included = new SimpleBooleanProperty(true);

    public CompareRow(CodeComparison comparison) {
        this.comparison = comparison;
    }

    public CodeComparison comparison() {
        return comparison;
    }

    public String code() {
        return comparison.code();
    }

    public CodeState state() {
        return comparison.state();
    }

    /** The left side's badge, or null. */
    public Badge left() {
        return comparison.left();
    }

    public Badge right() {
        return comparison.right();
    }

    /** Whether a plan could change the target for this code (same codes never change). */
    public boolean actionable() {
        return comparison.state() != CodeState.SAME;
    }

    public BooleanProperty includedProperty() {
        return included;
    }
}
