package org.badgemanager.ui.sets;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;
import org.badgemanager.badges.Badge;
import org.badgemanager.badgesets.CodeState;
import org.badgemanager.ui.common.BadgeChip;
import org.badgemanager.ui.common.EverySecond;
import org.badgemanager.ui.common.Fxml;
import org.badgemanager.ui.common.Messages;

/** The comparison page: the two sides, the codes with their state, the selected code side by side, the plan's choices. */
public final class CompareView {
    @FXML private ComboBox<SideChoice> leftBox;
    @FXML private ComboBox<SideChoice> rightBox;
    @FXML private Button leftFileButton;
    @FXML private Button rightFileButton;
    @FXML private Button swapButton;
    @FXML private Button compareButton;
    @FXML private ToggleButton allFilter;
    @FXML private ToggleButton onlyLeftFilter;
    @FXML private ToggleButton onlyRightFilter;
    @FXML private ToggleButton differentFilter;
    @FXML private ToggleButton sameFilter;
    @FXML private TableView<CompareRow> compareTable;
    @FXML private TableColumn<CompareRow, CompareRow> includeColumn;
    @FXML private TableColumn<CompareRow, String> codeColumn;
    @FXML private TableColumn<CompareRow, String> stateColumn;
    @FXML private TableColumn<CompareRow, Badge> leftColumn;
    @FXML private TableColumn<CompareRow, Badge> rightColumn;
    @FXML private TableColumn<CompareRow, String> fieldsColumn;
    @FXML private ListView<String> problemsList;
    @FXML private Label detailsTitle;
    @FXML private TableView<DetailLine> detailsTable;
    @FXML private TableColumn<DetailLine, String> fieldColumn;
    @FXML private TableColumn<DetailLine, String> leftTextColumn;
    @FXML private TableColumn<DetailLine, String> rightTextColumn;
    @FXML private Label statusLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button cancelLoadButton;
    @FXML private Label targetLabel;
    @FXML private CheckBox addMissingCheck;
    @FXML private CheckBox replaceDifferentCheck;
    @FXML private CheckBox deleteExtraCheck;
    @FXML private Button reviewButton;

    private final CompareViewModel model;
    private final Messages messages;
    private Runnable onReview;
    private final Parent root;

    public CompareView(CompareViewModel model, Messages messages, Runnable onReview) {
        this.model = model;
        this.messages = messages;
        this.onReview = onReview;
        this.root = Fxml.load(this, "CompareView.fxml", messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        bindSides();
        bindFilters();
        bindTable();
        bindDetails();
        bindStatus();
        bindPlanChoices();
    }

    private void bindSides() {
        for (ComboBox<SideChoice> box : java.util.List.of(leftBox, rightBox)) {
            box.setItems(model.sideOptions());
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(SideChoice choice) {
                    return choice == null ? "" : choice.label(messages);
                }

                @Override
                public SideChoice fromString(String text) {
                    return null;
                }
            });
            box.setPromptText(messages.get("sets.side.choose"));
        }
        leftBox.valueProperty().bindBidirectional(model.leftProperty());
        rightBox.valueProperty().bindBidirectional(model.rightProperty());
        leftBox.setAccessibleText(messages.get("sets.left"));
        rightBox.setAccessibleText(messages.get("sets.right"));
        leftFileButton.setAccessibleText(messages.get("sets.file.left"));
        leftFileButton.setOnAction(e -> model.chooseFile(true));
        rightFileButton.setOnAction(e -> model.chooseFile(false));
        swapButton.setOnAction(e -> model.swap());
        swapButton.disableProperty().bind(model.busyProperty());
        compareButton.setOnAction(e -> model.compare());
        compareButton.disableProperty().bind(model.canCompare().not());
    }

    private void bindFilters() {
        ToggleGroup group = new ToggleGroup();
        Map<ToggleButton, CodeState> states = new java.util.LinkedHashMap<>();
        states.put(allFilter, null);
        states.put(onlyLeftFilter, CodeState.ONLY_LEFT);
        states.put(onlyRightFilter, CodeState.ONLY_RIGHT);
        states.put(differentFilter, CodeState.DIFFERENT);
        states.put(sameFilter, CodeState.SAME);
        states.forEach((button, state) -> {
            button.setToggleGroup(group);
            button.getStyleClass().add("sets-filter");
            if (state == null) {
                button.textProperty().bind(Bindings.createStringBinding(() -> messages.get("sets.filter.all",
                        model.rows().size()), model.rows()));
            } else {
                button.textProperty().bind(Bindings.createStringBinding(() -> messages.get("badgeset.state." + state.name())
                        + " (" + model.count(state).get() + ")", model.count(state)));
            }
        });
        group.selectToggle(allFilter);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was); // one filter is always on: pressing it again keeps it
                return;
            }
            model.filterProperty().set(states.get((ToggleButton) now));
        });
    }

    private void bindTable() {
        compareTable.setItems(model.visibleRows());
        Label placeholder = new Label(messages.get("sets.table.empty"));
        placeholder.setWrapText(true);
        compareTable.setPlaceholder(placeholder);
        includeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        includeColumn.setCellFactory(c -> new IncludeCell());
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        codeColumn.setCellFactory(c -> new CodeCell());
        codeColumn.getStyleClass().add("code-cell");
        stateColumn.getStyleClass().add("state-cell");
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                messages.get("badgeset.state." + c.getValue().state().name())));
        leftColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().left()));
        leftColumn.setCellFactory(c -> new ChipCell());
        rightColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().right()));
        rightColumn.setCellFactory(c -> new ChipCell());
        fieldsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().comparison().differentFields()
                .stream().map(f -> messages.get("sets.field." + f.name())).collect(Collectors.joining(", "))));
        compareTable.setRowFactory(t -> new StateRow());
        compareTable.getSelectionModel().selectedItemProperty()
                .addListener((o, was, now) -> model.selectedProperty().set(now));
        compareTable.setOnKeyPressed(e -> {
            // Space ticks or unticks the selected code, as in a list of checkboxes
            CompareRow row = compareTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && row != null && row.actionable()) {
                row.includedProperty().set(!row.includedProperty().get());
                e.consume();
            }
        });
        problemsList.setItems(model.problems());
        problemsList.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        compareTable.visibleProperty().bind(problemsList.visibleProperty().not());
    }

    private void bindDetails() {
        detailsTable.setItems(model.details());
        Label none = new Label(messages.get("sets.details.none"));
        none.setWrapText(true);
        detailsTable.setPlaceholder(none);
        fieldColumn.setCellFactory(c -> new TextCell());
        // "Title · ru": the field and its language in one column leaves the two texts room to be read whole
        fieldColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().language().isEmpty()
                ? c.getValue().field() : c.getValue().field() + " \u00b7 " + c.getValue().language()));
        leftTextColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().left()));
        rightTextColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().right()));
        leftTextColumn.setCellFactory(c -> new TextCell());
        rightTextColumn.setCellFactory(c -> new TextCell());
        detailsTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DetailLine line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(DIFFERS, !empty && line != null && line.differs());
            }
        });
        detailsTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            CompareRow row = model.selectedProperty().get();
            return row == null ? messages.get("sets.details.title")
                    : messages.get("sets.details.of", row.code(), messages.get("badgeset.state." + row.state().name()));
        }, model.selectedProperty()));
    }

    private void bindStatus() {
        statusLabel.textProperty().bind(model.statusProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        busyIndicator.managedProperty().bind(model.busyProperty());
        cancelLoadButton.visibleProperty().bind(model.busyProperty());
        cancelLoadButton.managedProperty().bind(model.busyProperty());
        cancelLoadButton.setOnAction(e -> model.cancel());
        EverySecond.whileTrue(model.loading().runningProperty(), model.loading()::tick);
    }

    private void bindPlanChoices() {
        targetLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            LoadedSide target = model.loadedRightProperty().get();
            if (target == null) {
                return messages.get("sets.target.none");
            }
            return target.changeable() ? messages.get("sets.target.portal")
                    : messages.get("sets.target.readOnly");
        }, model.loadedRightProperty()));
        addMissingCheck.selectedProperty().bindBidirectional(model.addMissingProperty());
        replaceDifferentCheck.selectedProperty().bindBidirectional(model.replaceDifferentProperty());
        deleteExtraCheck.selectedProperty().bindBidirectional(model.deleteExtraProperty());
        addMissingCheck.textProperty().bind(countText("sets.plan.addMissing", CodeState.ONLY_LEFT));
        replaceDifferentCheck.textProperty().bind(countText("sets.plan.replaceDifferent", CodeState.DIFFERENT));
        deleteExtraCheck.textProperty().bind(countText("sets.plan.deleteExtra", CodeState.ONLY_RIGHT));
        deleteExtraCheck.getStyleClass().add("danger");
        var notChangeable = Bindings.createBooleanBinding(() -> model.loadedRightProperty().get() == null
                || !model.loadedRightProperty().get().changeable(), model.loadedRightProperty());
        for (CheckBox box : java.util.List.of(addMissingCheck, replaceDifferentCheck, deleteExtraCheck)) {
            box.disableProperty().bind(notChangeable.or(model.busyProperty()));
        }
        reviewButton.textProperty().bind(Bindings.createStringBinding(() -> messages.get("sets.review",
                model.plannedProperty().get()), model.plannedProperty()));
        reviewButton.disableProperty().bind(model.canPlan().not());
        reviewButton.setOnAction(e -> review());
    }

    private javafx.beans.binding.StringBinding countText(String key, CodeState state) {
        return Bindings.createStringBinding(() -> messages.get(key, model.count(state).get()), model.count(state));
    }

    /** What "Review plan" opens (the panel switches to the plan page). */
    public void setOnReview(Runnable open) {
        onReview = open;
    }

    public void review() {
        if (model.canPlan().get()) {
            onReview.run();
        }
    }

    public void focusTable() {
        compareTable.requestFocus();
    }

    private static final javafx.css.PseudoClass DIFFERS = javafx.css.PseudoClass.getPseudoClass("differs");
    private static final Map<CodeState, javafx.css.PseudoClass> STATES = java.util.Arrays.stream(CodeState.values())
            .collect(Collectors.toMap(s -> s, s -> javafx.css.PseudoClass.getPseudoClass(
                    s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));

    /** A row coloured by its state (the state column's text says it too, for who cannot tell the colours). */
    private static final class StateRow extends TableRow<CompareRow> {
        @Override
        protected void updateItem(CompareRow row, boolean empty) {
            super.updateItem(row, empty);
            STATES.forEach((state, pc) -> pseudoClassStateChanged(pc, !empty && row != null && row.state() == state));
        }
    }

    /** The tick that keeps a code in the plan; a code that is the same on both sides has nothing to tick. */
    private final class IncludeCell extends TableCell<CompareRow, CompareRow> {
        private final CheckBox box = new CheckBox();
        private CompareRow bound;

        IncludeCell() {
            box.setAccessibleText(messages.get("sets.column.include.accessible"));
        }

        @Override
        protected void updateItem(CompareRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.includedProperty());
                bound = null;
            }
            if (empty || row == null || !row.actionable()) {
                setGraphic(null);
                return;
            }
            bound = row;
            box.selectedProperty().bindBidirectional(row.includedProperty());
            setGraphic(box);
        }
    }

    /** A code may be long (up to 50 characters): when the column cuts it, the tooltip has it whole. */
    private static final class CodeCell extends TableCell<CompareRow, String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty ? null : code);
            setTooltip(empty || code == null ? null : new javafx.scene.control.Tooltip(code));
        }
    }

    /** A badge drawn as the kanban draws it (the badge table's chip), or nothing on the side that lacks it. */
    private final class ChipCell extends TableCell<CompareRow, Badge> {
        private final BadgeChip chip = new BadgeChip();

        @Override
        protected void updateItem(Badge badge, boolean empty) {
            super.updateItem(badge, empty);
            if (empty || badge == null) {
                setGraphic(null);
                setText(null);
            } else {
                chip.show(badge.value().forLanguage(messages.language()), badge.type());
                setGraphic(chip);
            }
        }
    }

    /** A text read whole: wrapped in the column, its row as tall as it needs (the details are a few lines). */
    private static final class TextCell extends TableCell<DetailLine, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        TextCell() {
            text.getStyleClass().add("text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.fillProperty().bind(textFillProperty());
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(null);
            text.setText(empty || value == null ? "" : value);
            setGraphic(empty ? null : text);
        }
    }
}
