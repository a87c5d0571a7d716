package org.badgemanager.ui.sets;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.badgemanager.badges.Badge;
import org.badgemanager.badgesets.PlannedCall;
import org.badgemanager.badgesets.StepOutcome;
import org.badgemanager.bitrix.Json;
import org.badgemanager.ui.common.BadgeChip;
import org.badgemanager.ui.common.Fxml;
import org.badgemanager.ui.common.Messages;

/** The plan page: what changes per badge (and, once applied, how it ended), the exact calls, Apply and Cancel. */
public final class PlanView {
    private static final javafx.css.PseudoClass PROBLEM = javafx.css.PseudoClass.getPseudoClass("problem");

    @FXML private Label headerLabel;
    @FXML private Label summaryLabel;
    @FXML private TableView<PlanLine> stepsTable;
    @FXML private TableColumn<PlanLine, String> stepCodeColumn;
    @FXML private TableColumn<PlanLine, String> stepKindColumn;
    @FXML private TableColumn<PlanLine, Badge> stepChipColumn;
    @FXML private TableColumn<PlanLine, String> stepResultColumn;
    @FXML private TableColumn<PlanLine, String> stepBitrixColumn;
    @FXML private TableColumn<PlanLine, String> stepExplainColumn;
    @FXML private TableView<PlannedCall> callsTable;
    @FXML private TableColumn<PlannedCall, String> callNumberColumn;
    @FXML private TableColumn<PlannedCall, String> callMethodColumn;
    @FXML private TableColumn<PlannedCall, String> callBatchColumn;
    @FXML private TableColumn<PlannedCall, String> callParamsColumn;
    @FXML private Button backButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Button cancelButton;
    @FXML private Button compareAgainButton;
    @FXML private Button applyButton;

    private final PlanViewModel model;
    private final Messages messages;
    private final Runnable onBack;
    private final Runnable onCompareAgain;
    private final Parent root;

    public PlanView(PlanViewModel model, Messages messages, Runnable onBack, Runnable onCompareAgain) {
        this.model = model;
        this.messages = messages;
        this.onBack = onBack;
        this.onCompareAgain = onCompareAgain;
        this.root = Fxml.load(this, "PlanView.fxml", messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        headerLabel.textProperty().bind(model.headerProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        summaryLabel.managedProperty().bind(summaryLabel.textProperty().isNotEmpty());
        bindSteps();
        bindCalls();
        progressBar.progressProperty().bind(model.progressProperty());
        progressLabel.textProperty().bind(model.progressTextProperty());
        progressBar.visibleProperty().bind(model.runningProperty().or(model.appliedProperty()));
        backButton.setOnAction(e -> onBack.run());
        backButton.disableProperty().bind(model.runningProperty());
        applyButton.setOnAction(e -> model.apply());
        applyButton.disableProperty().bind(model.canApply().not());
        cancelButton.setOnAction(e -> model.cancel());
        cancelButton.visibleProperty().bind(model.runningProperty());
        cancelButton.managedProperty().bind(model.runningProperty());
        cancelButton.disableProperty().bind(model.cancellingProperty());
        compareAgainButton.setOnAction(e -> onCompareAgain.run());
        compareAgainButton.visibleProperty().bind(model.appliedProperty());
        compareAgainButton.managedProperty().bind(model.appliedProperty());
    }

    /** The plan page opens with the list of changes focused: reading comes first, Apply is one Tab away. */
    public void focusSteps() {
        stepsTable.requestFocus();
    }

    private void bindSteps() {
        stepsTable.setItems(model.lines());
        stepsTable.setPlaceholder(new Label(messages.get("sets.plan.empty")));
        stepCodeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        stepCodeColumn.getStyleClass().add("code-cell");
        stepKindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.kindText(c.getValue().step())));
        stepChipColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().step().wanted() != null
                ? c.getValue().step().wanted() : c.getValue().step().current()));
        stepChipColumn.setCellFactory(c -> new ChipCell());
        stepResultColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> model.resultText(c.getValue().outcomeProperty().get()), c.getValue().outcomeProperty()));
        stepBitrixColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            StepOutcome o = c.getValue().outcomeProperty().get();
            return o == null || o.bitrixCode() == null ? "" : o.bitrixCode();
        }, c.getValue().outcomeProperty()));
        stepExplainColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> model.explanation(c.getValue().outcomeProperty().get()), c.getValue().outcomeProperty()));
        stepExplainColumn.setCellFactory(c -> new WholeTextCell<>());
        stepBitrixColumn.setCellFactory(c -> new WholeTextCell<>());
        stepsTable.setRowFactory(t -> new TableRow<>() {
            private final javafx.beans.value.ChangeListener<StepOutcome> restyle = (o, was, now) -> mark(now);

            @Override
            protected void updateItem(PlanLine line, boolean empty) {
                if (getItem() != null) {
                    getItem().outcomeProperty().removeListener(restyle);
                }
                super.updateItem(line, empty);
                if (!empty && line != null) {
                    line.outcomeProperty().addListener(restyle);
                    mark(line.outcomeProperty().get());
                } else {
                    mark(null);
                }
            }

            private void mark(StepOutcome outcome) {
                pseudoClassStateChanged(PROBLEM, outcome != null && outcome.failed());
            }
        });
    }

    private void bindCalls() {
        callsTable.setItems(model.calls());
        callsTable.setPlaceholder(new Label(messages.get("sets.plan.noCalls")));
        callNumberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                String.valueOf(model.calls().indexOf(c.getValue()) + 1)));
        callMethodColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().method()));
        callMethodColumn.getStyleClass().add("code-cell");
        callBatchColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                messages.get(c.getValue().inBatch() ? "sets.call.batch" : "sets.call.alone")));
        callParamsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Json.write(c.getValue().params())));
        callParamsColumn.getStyleClass().add("code-cell");
        callParamsColumn.setCellFactory(c -> new WholeTextCell<>());
    }

    /** A long text cut to the column: the whole text is in the tooltip (as its first line). */
    private static final class WholeTextCell<S> extends TableCell<S, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
        }
    }

    private final class ChipCell extends TableCell<PlanLine, Badge> {
        private final BadgeChip chip = new BadgeChip();

        @Override
        protected void updateItem(Badge badge, boolean empty) {
            super.updateItem(badge, empty);
            if (empty || badge == null) {
                setGraphic(null);
            } else {
                chip.show(badge.value().forLanguage(messages.language()), badge.type());
                setGraphic(chip);
            }
        }
    }
}
