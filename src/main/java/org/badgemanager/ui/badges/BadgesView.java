package org.badgemanager.ui.badges;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.badgemanager.badges.Badge;
import org.badgemanager.ui.common.BadgeChip;
import org.badgemanager.ui.common.EverySecond;
import org.badgemanager.ui.common.Fxml;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.OnePassTableViewSkin;
import javafx.scene.control.TextField;

/** The badge table and its toolbar: binds controls to {@link BadgesViewModel}, forwards user intents. */
public final class BadgesView {
    @FXML private Button refreshButton;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button recentlyDeletedButton;
    @FXML private Button whereUsedButton;
    @FXML private TextField searchField;
    @FXML private TableView<BadgeRow> badgeTable;
    @FXML private TableColumn<BadgeRow, String> codeColumn;
    @FXML private TableColumn<BadgeRow, BadgeRow> chipColumn;
    @FXML private TableColumn<BadgeRow, String> typeColumn;
    @FXML private TableColumn<BadgeRow, BadgeRow> titleColumn;
    @FXML private TableColumn<BadgeRow, BadgeRow> valueColumn;
    @FXML private TableColumn<BadgeRow, String> languagesColumn;
    @FXML private Label countLabel;
    @FXML private Label refreshLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyLabel;
    @FXML private Label refreshNoteLabel;
    @FXML private Button cancelRefreshButton;

    private final BadgesViewModel model;
    private final Messages messages;
    private final Runnable onAdd;
    private final Consumer<Badge> onEdit;
    private final Parent root;

    public BadgesView(BadgesViewModel model, Messages messages, Runnable onAdd, Consumer<Badge> onEdit) {
        this.model = model;
        this.messages = messages;
        this.onAdd = onAdd;
        this.onEdit = onEdit;
        this.root = Fxml.load(this, "BadgesView.fxml", messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        // the chip restyles itself when its type changes; no other cell changes its look with the row's item
        badgeTable.setSkin(new OnePassTableViewSkin<>(badgeTable));
        badgeTable.setItems(model.visibleBadges());
        // the rows are sorted before they are filtered (see BadgesViewModel): the table hands its column sort to
        // the model instead of sorting its items itself, which the default policy does unless they are a SortedList
        model.sortOrderProperty().bind(badgeTable.comparatorProperty());
        badgeTable.setSortPolicy(table -> true);
        // rows never change height: a fixed size spares the table measuring every cell on each filter pass
        badgeTable.setFixedCellSize(30);
        Label placeholder = new Label();
        placeholder.setId("tablePlaceholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.placeholderText());
        badgeTable.setPlaceholder(placeholder);

        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        codeColumn.getStyleClass().add("code-cell");
        typeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                messages.get("typeName." + c.getValue().badge().type().wireName())));
        languagesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().languages().isEmpty()
                ? messages.get("column.allLanguages") : c.getValue().languages()));
        chipColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        chipColumn.setComparator(java.util.Comparator.comparing(r -> r.badge().type()));
        chipColumn.setCellFactory(c -> new ChipCell());
        titleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        titleColumn.setComparator(java.util.Comparator.comparing(BadgeRow::title, String.CASE_INSENSITIVE_ORDER));
        titleColumn.setCellFactory(c -> new TranslatedCell(true));
        valueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        valueColumn.setComparator(java.util.Comparator.comparing(BadgeRow::value, String.CASE_INSENSITIVE_ORDER));
        valueColumn.setCellFactory(c -> new TranslatedCell(false));

        badgeTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                badgeTable.getSelectionModel().clearSelection();
            } else if (badgeTable.getSelectionModel().getSelectedItem() != now) {
                badgeTable.getSelectionModel().clearAndSelect(badgeTable.getItems().indexOf(now));
                badgeTable.scrollTo(now);
            }
        });
        // several rows for Export selected and Copy to another portal; Edit and Delete act on the focused one
        badgeTable.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        badgeTable.setRowFactory(t -> {
            TableRow<BadgeRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onEdit.accept(row.getItem().badge());
                }
            });
            return row;
        });
        badgeTable.setOnKeyPressed(e -> {
            BadgeRow selected = badgeTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                onEdit.accept(selected.badge());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selected != null) {
                model.delete(selected);
                e.consume();
            }
        });

        searchField.textProperty().bindBidirectional(model.searchProperty());
        searchField.setOnKeyPressed(e -> {
            // Escape empties the filter, as in a browser's find bar; an empty box lets Escape close what it would
            if (e.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                e.consume();
            }
        });
        badgeTable.setTableMenuButtonVisible(true); // narrow windows: hide the columns that matter least
        refreshButton.setOnAction(e -> model.refresh());
        refreshButton.disableProperty().bind(model.canAddProperty().not());
        addButton.setOnAction(e -> onAdd.run());
        addButton.disableProperty().bind(model.canAddProperty().not());
        editButton.setOnAction(e -> onEdit.accept(model.selectedProperty().get().badge()));
        editButton.disableProperty().bind(model.canEditProperty().not());
        deleteButton.setOnAction(e -> model.delete(model.selectedProperty().get()));
        deleteButton.disableProperty().bind(model.canEditProperty().not());
        whereUsedButton.setOnAction(e -> model.whereUsed(model.selectedProperty().get()));
        whereUsedButton.disableProperty().bind(model.canFindUseProperty().not());
        badgeTable.setContextMenu(contextMenu());

        countLabel.textProperty().bind(model.countText());
        refreshLabel.textProperty().bind(Bindings.when(model.lastRefreshProperty().isEmpty()).then("")
                .otherwise(Bindings.createStringBinding(() -> messages.get("status.lastRefresh",
                        model.lastRefreshProperty().get()), model.lastRefreshProperty())));
        busyIndicator.visibleProperty().bind(model.busyProperty());
        busyLabel.visibleProperty().bind(model.busyProperty());
        bindRefreshWait();
    }

    /** While a refresh waits for the portal: for how long, and Cancel; after a cancel, a calm note. */
    private void bindRefreshWait() {
        busyLabel.textProperty().bind(model.busyText());
        EverySecond.whileTrue(model.loading().runningProperty(), model.loading()::tick);
        cancelRefreshButton.visibleProperty().bind(model.loading().runningProperty());
        cancelRefreshButton.managedProperty().bind(model.loading().runningProperty());
        cancelRefreshButton.setOnAction(e -> model.cancelRefresh());
        refreshNoteLabel.textProperty().bind(model.refreshNoteProperty());
    }

    /** What the Recently deleted button opens (the window composes it: it needs the stage). */
    public void setOnRecentlyDeleted(Runnable open) {
        recentlyDeletedButton.setOnAction(e -> open.run());
        recentlyDeletedButton.disableProperty().bind(model.connectedProperty().not());
    }

    private ContextMenu contextMenu() {
        MenuItem whereUsed = new MenuItem(messages.get("whereUsed.action"));
        whereUsed.setId("whereUsedItem");
        whereUsed.setOnAction(e -> model.whereUsed(model.selectedProperty().get()));
        whereUsed.disableProperty().bind(model.canFindUseProperty().not());
        MenuItem edit = new MenuItem(messages.get("toolbar.edit"));
        edit.setOnAction(e -> onEdit.accept(model.selectedProperty().get().badge()));
        edit.disableProperty().bind(model.canEditProperty().not());
        MenuItem delete = new MenuItem(messages.get("toolbar.delete"));
        delete.setOnAction(e -> model.delete(model.selectedProperty().get()));
        delete.disableProperty().bind(model.canEditProperty().not());
        return new ContextMenu(whereUsed, edit, delete);
    }

    /** The badges selected in the table (several with Ctrl or Shift), as it shows them. */
    public java.util.List<Badge> selectedBadges() {
        return badgeTable.getSelectionModel().getSelectedItems().stream().map(BadgeRow::badge).toList();
    }

    /** Whether any row is selected, for actions on the selection made elsewhere (Export selected, Copy). */
    public javafx.beans.binding.BooleanBinding hasSelection() {
        return javafx.beans.binding.Bindings.isNotEmpty(badgeTable.getSelectionModel().getSelectedItems());
    }

    /** Adds actions on the selection to the table's context menu (badge sets put Copy and Export here). */
    public void addToContextMenu(MenuItem... items) {
        badgeTable.getContextMenu().getItems().add(new javafx.scene.control.SeparatorMenuItem());
        badgeTable.getContextMenu().getItems().addAll(items);
    }

    /**
     * Makes the table's first rows ahead, a few per pulse, while it is empty and shown, so that a portal's first
     * badges do not stall the window (see {@link RowsAhead}). FX thread.
     */
    public void makeRowsAhead() {
        RowsAhead.start(badgeTable, messages.language());
    }

    public void focusSearch() {
        searchField.requestFocus();
    }

    /** The badge drawn as on the kanban: value text on the type's colours. */
    private final class ChipCell extends TableCell<BadgeRow, BadgeRow> {
        private final BadgeChip chip = new BadgeChip();

        @Override
        protected void updateItem(BadgeRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
            } else {
                chip.show(row.value(), row.badge().type());
                setGraphic(chip);
            }
        }
    }

    /** Text in the UI language, with the other translations in a tooltip and a "+N" hint. */
    private static final class TranslatedCell extends TableCell<BadgeRow, BadgeRow> {
        private final boolean title;
        /** The other translations, for the tooltip; null when the text has none. */
        private String translationsText;
        /**
         * One tooltip per cell, made when the pointer first comes onto a cell with translations, then re-filled:
         * a tooltip is a popup window, costly to make, and a table makes its first rows (or a screenful of new
         * cells on a keystroke) all at once, most of which the pointer never visits.
         */
        private Tooltip translations;

        TranslatedCell(boolean title) {
            this.title = title;
            setOnMouseEntered(e -> offerTranslations());
        }

        @Override
        protected void updateItem(BadgeRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                translationsText = null;
            } else {
                var text = title ? row.badge().title() : row.badge().value();
                int others = Math.max(0, text.languages().size() - 1);
                setText((title ? row.title() : row.value()) + (others > 0 ? "   +" + others : ""));
                translationsText = text.languages().isEmpty() ? null : BadgeRow.describe(text);
            }
            if (getTooltip() != null) { // installed already: follow the new item (a reused cell under the pointer)
                offerTranslations();
            }
        }

        private void offerTranslations() {
            if (translationsText == null) {
                setTooltip(null);
                return;
            }
            if (translations == null) {
                translations = new Tooltip();
            }
            translations.setText(translationsText);
            setTooltip(translations);
        }
    }
}
