package org.badgemanager.connection;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.badgemanager.limits.PlanChoice;
import org.badgemanager.limits.PortalPlan;
import org.badgemanager.ui.common.Messages;

/**
 * The portal plan of a profile, for kinds that cannot ask the portal (a webhook): standard, Enterprise or
 * self-hosted, and for self-hosted how many requests may be in flight. One line, with what the choice means below.
 */
public final class PlanView {
    private final VBox root = new VBox(2);
    private final ObjectProperty<PlanChoice> plan;
    private final ChoiceBox<PortalPlan> choice = new ChoiceBox<>();
    private final Spinner<Integer> inFlight = new Spinner<>();
    private final Label inFlightLabel;
    private final Label meaning = new Label();
    private final Messages messages;
    private boolean updating;

    public PlanView(ObjectProperty<PlanChoice> plan, Messages messages) {
        this.plan = plan;
        this.messages = messages;
        root.setId("planPane");
        choice.setId("planChoice");
        choice.getItems().setAll(PortalPlan.values());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(PortalPlan p) {
                return p == null ? "" : messages.get("plan." + p.key());
            }

            @Override
            public PortalPlan fromString(String s) {
                return null;
            }
        });
        inFlight.setId("inFlightSpinner");
        inFlight.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, PortalPlan.MAX_IN_FLIGHT,
                PortalPlan.DEFAULT_IN_FLIGHT));
        inFlight.setEditable(true);
        inFlight.setPrefWidth(72);
        inFlightLabel = new Label(messages.get("plan.inFlight"));
        inFlightLabel.setLabelFor(inFlight);
        Label label = new Label(messages.get("plan.label"));
        label.setLabelFor(choice);
        meaning.setId("planMeaning");
        meaning.getStyleClass().add("muted");
        meaning.setWrapText(true);
        FlowPane line = new FlowPane(8, 4, label, choice, inFlightLabel, inFlight);
        line.setAlignment(Pos.CENTER_LEFT);
        inFlight.managedProperty().bind(inFlight.visibleProperty());
        inFlightLabel.managedProperty().bind(inFlightLabel.visibleProperty());
        root.getChildren().addAll(line, meaning);

        show(plan.get());
        plan.addListener((o, was, now) -> show(now));
        choice.valueProperty().addListener((o, was, now) -> changed());
        inFlight.valueProperty().addListener((o, was, now) -> changed());
    }

    private void changed() {
        if (!updating && choice.getValue() != null && inFlight.getValue() != null) {
            plan.set(new PlanChoice(choice.getValue(), inFlight.getValue()));
        }
    }

    private void show(PlanChoice now) {
        PlanChoice shown = now == null ? PlanChoice.DEFAULT : now;
        updating = true;
        try {
            choice.setValue(shown.plan());
            inFlight.getValueFactory().setValue(shown.inFlight());
        } finally {
            updating = false;
        }
        boolean selfHosted = shown.plan() == PortalPlan.SELF_HOSTED;
        inFlight.setVisible(selfHosted);
        inFlightLabel.setVisible(selfHosted);
        meaning.setText(messages.get("plan." + shown.plan().key() + ".meaning"));
    }

    public Parent root() {
        return root;
    }
}
