package org.badgemanager.ui.activities;

import java.util.Comparator;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import org.badgemanager.activities.DeleteOutcome;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.badgemanager.activities.DeleteOutcome;
import org.badgemanager.ui.common.Messages;

/**
 * Cells, sorting, check boxes and keys of the activity table and the report table. Cells are plain text (one
 * check box in the first column): rows are virtualized, so thousands of them cost what a screenful costs.
 */
final class ActivityTableColumns {
    private ActivityTableColumns() {
    }

    static void install(TableView<ActivityRow> table, TableView<ReportRow> report, ActivitiesViewModel model,
                        Messages messages) {
        SortedList<ActivityRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label();
        placeholder.setId("activityPlaceholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.tableMessageProperty());
        table.setPlaceholder(placeholder);

        TableColumn<ActivityRow, Boolean> check = column(table, "checkColumn");
        check.setCellValueFactory(c -> c.getValue().checkedProperty());
        check.setCellFactory(CheckBoxTableCell.forTableColumn(check));
        check.setEditable(true);
        CheckBox all = new CheckBox();
        all.setId("checkAllBox");
        all.setTooltip(new javafx.scene.control.Tooltip(messages.get("activities.checkAll")));
        all.setOnAction(e -> model.checkAll(all.isSelected()));
        model.checkedCountProperty().addListener((o, was, now) ->
                all.setSelected(now.intValue() > 0 && now.intValue() == model.rows().size()));
        check.setGraphic(all);

        TableColumn<ActivityRow, Long> id = column(table, "idColumn");
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        id.getStyleClass().add("code-cell");
        text(table, "subjectColumn", ActivityRow::subject);
        text(table, "typeColumn", ActivityRow::type);
        named(table, "ownerColumn", ActivityRow::ownerProperty, ActivityRow::ownerIds);
        named(table, "responsibleColumn", ActivityRow::responsibleProperty, ActivityRow::responsibleId);
        text(table, "createdColumn", ActivityRow::created);
        text(table, "completedColumn", ActivityRow::completed);
        text(table, "badgeColumn", ActivityRow::badge);

        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        table.setOnKeyPressed(e -> {
            ActivityRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.DELETE && selected != null) {
                model.deleteOne(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE && selected != null && table.getEditingCell() == null) {
                selected.checkedProperty().set(!selected.isChecked());
                e.consume();
            }
        });
        table.setContextMenu(menu(table, model, messages));

        // what needs the admin's attention comes first and is marked, never mixed in among the deleted ids;
        // within each group the ids keep the order of the run (the sort is stable)
        report.setItems(new SortedList<>(model.bulk().report(),
                Comparator.comparing((ReportRow r) -> r.status() == DeleteOutcome.Status.DELETED)));
        report.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReportRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(PROBLEM, !empty && row != null && row.status() != DeleteOutcome.Status.DELETED);
            }
        });
        Label empty = new Label(messages.get("report.empty"));
        empty.setWrapText(true);
        report.setPlaceholder(empty);
        TableColumn<ReportRow, Long> reportId = column(report, "reportIdColumn");
        reportId.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        text(report, "reportOutcomeColumn", ReportRow::outcome);
        fitLongest(column(report, "reportOutcomeColumn"), java.util.Arrays.stream(DeleteOutcome.Status.values())
                .map(s -> messages.get("outcome." + s.name())).toList());
        fitLongest(column(table, "createdColumn"), java.util.List.of("2026-12-31 23:59")); // a date is read whole
        // a header is never cut either ("Ответстве…"): each column is at least as wide as its title
        table.getColumns().forEach(ActivityTableColumns::fitHeader);
        report.getColumns().forEach(ActivityTableColumns::fitHeader);
        text(report, "reportExplanationColumn", ReportRow::explanation);
    }

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private static ContextMenu menu(TableView<ActivityRow> table, ActivitiesViewModel model, Messages messages) {
        MenuItem delete = new MenuItem(messages.get("activities.menu.delete"));
        delete.setId("deleteRowItem");
        delete.setOnAction(e -> model.deleteOne(table.getSelectionModel().getSelectedItem()));
        MenuItem copy = new MenuItem(messages.get("activities.menu.copyId"));
        copy.setOnAction(e -> {
            ActivityRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(String.valueOf(row.id()));
                Clipboard.getSystemClipboard().setContent(content);
            }
        });
        ContextMenu menu = new ContextMenu(delete, copy);
        menu.setOnShowing(e -> {
            boolean none = table.getSelectionModel().getSelectedItem() == null;
            delete.setDisable(none || model.bulk().runningProperty().get());
            copy.setDisable(none);
        });
        return menu;
    }

    /**
     * A column whose text turns from an id into a name when the lookup answers (the cell follows the row's
     * property); its tooltip shows the whole name (the cell may cut it) over the ids, made when first needed and
     * then reused.
     */
    private static void named(TableView<ActivityRow> table, String id,
                              Function<ActivityRow, ObservableValue<String>> value, Function<ActivityRow, String> ids) {
        TableColumn<ActivityRow, String> column = column(table, id);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private Tooltip tip;

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ActivityRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                if (row == null) {
                    setTooltip(null);
                    return;
                }
                if (tip == null) {
                    tip = new Tooltip();
                }
                String idText = ids.apply(row);
                tip.setText(item == null || item.isEmpty() || item.equals(idText) ? idText : item + "\n" + idText);
                setTooltip(tip);
            }
        });
    }

    private static <S> void text(TableView<S> table, String id, Function<S, String> value) {
        TableColumn<S, String> column = column(table, id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new FullTextCell<>());
    }

    /**
     * Makes the column at least as wide as the longest of {@code texts} in the table's font (12px, app.css) plus
     * the cell's padding, so that no outcome is ever shown cut ("Not atte…") in any language.
     */
    private static void fitLongest(TableColumn<?, ?> column, java.util.List<String> texts) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(javafx.scene.text.Font.font(12));
        double widest = 0;
        for (String text : texts) {
            probe.setText(text);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        column.setMinWidth(Math.max(column.getMinWidth(), Math.ceil(widest) + 28));
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
    }

    /** Headers are bold; the extra room is the header's padding and the sort arrow. */
    private static void fitHeader(TableColumn<?, ?> column) {
        if (column.getText() == null || column.getText().isEmpty() || !column.isResizable()) {
            return;
        }
        javafx.scene.text.Text probe = new javafx.scene.text.Text(column.getText());
        probe.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 12));
        double needed = Math.ceil(probe.getLayoutBounds().getWidth()) + 30;
        column.setMinWidth(Math.max(column.getMinWidth(), needed));
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
    }

    /** A text cell whose tooltip holds its whole text: a subject or an explanation cut short is one hover away. */
    private static final class FullTextCell<S> extends TableCell<S, String> {
        private final Tooltip tip = new Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            tip.setText(item);
            setTooltip(empty || item == null || item.isEmpty() ? null : tip);
        }
    }

    @SuppressWarnings("unchecked")
    private static <S, T> TableColumn<S, T> column(TableView<S> table, String id) {
        return (TableColumn<S, T>) table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No column " + id));
    }
}
