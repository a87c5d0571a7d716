package org.badgemanager.ui.sets;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.badgemanager.badgesets.PlanStep;
import org.badgemanager.badgesets.StepOutcome;

/** One badge of the plan: what will be done to it, and once applied, how it ended (null until then). */
public final class PlanLine {
    private final PlanStep step;
    private final ObjectProperty<StepOutcome> outcome = new SimpleObjectProperty<>();

    public PlanLine(PlanStep step) {
        this.step = step;
    }

    public PlanStep step() {
        return step;
    }

    public String code() {
        return step.code();
    }

    public ObjectProperty<StepOutcome> outcomeProperty() {
        return outcome;
    }
}
