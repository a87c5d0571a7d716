package org.badgemanager.ui.activities;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.FxDialogService;
import org.badgemanager.ui.common.Fxml;
import org.badgemanager.ui.common.Messages;

/** The Backups window: binds the files, the records of the opened backup, the losses and the report. */
public final class BackupsView {
    @FXML private Label backupsIntroLabel;
    @FXML private TableView<BackupsViewModel.FileRow> filesTable;
    @FXML private Button openOtherButton;
    @FXML private Button refreshBackupsButton;
    @FXML private Label openedLabel;
    @FXML private TableView<BackupsViewModel.RecordRow> recordsTable;
    @FXML private Label notRestorableLabel;
    @FXML private Button restoreButton;
    @FXML private ProgressIndicator restoreBusyIndicator;
    @FXML private Label restoreSummaryLabel;
    @FXML private Button closeBackupsButton;
    @FXML private TableView<BackupsViewModel.ReportLine> restoreReportTable;

    private final BackupsViewModel model;
    private final Messages messages;
    private final Parent root;
    private Stage stage;

    public BackupsView(BackupsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.root = Fxml.load(this, "BackupsView.fxml", messages);
    }

    /** Opens the window over {@code owner} and lists the backups; its questions are asked over it. */
    public static Stage open(Function<DialogService, BackupsViewModel> models, Messages messages, Window owner) {
        Stage dialog = new Stage();
        BackupsViewModel model = models.apply(new FxDialogService(() -> dialog, messages));
        BackupsView view = new BackupsView(model, messages);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("backups.title"));
        Scene scene = new Scene(view.root, 1040, 720);
        scene.getStylesheets().add(Fxml.stylesheet());
        dialog.setScene(scene);
        view.stage = dialog;
        // closing mid-run stops after the batch in flight; what ran is in the portal, never sent twice
        dialog.setOnHidden(e -> model.cancel());
        model.refresh();
        dialog.show();
        return dialog;
    }

    @FXML
    private void initialize() {
        backupsIntroLabel.setText(messages.get("backups.intro", org.badgemanager.ui.common.DisplayPaths.of(model.folder())));
        filesTable.setItems(model.files());
        Label noFiles = new Label();
        noFiles.setWrapText(true);
        noFiles.textProperty().bind(model.filesMessageProperty());
        filesTable.setPlaceholder(noFiles);
        text(filesTable, 0, BackupsViewModel.FileRow::date);
        column(filesTable, 1).setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        text(filesTable, 2, BackupsViewModel.FileRow::run);
        text(filesTable, 3, BackupsViewModel.FileRow::name);
        filesTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.open(now.file().path());
            }
        });
        openOtherButton.setOnAction(e -> model.openOther());
        refreshBackupsButton.setOnAction(e -> model.refresh());
        openOtherButton.disableProperty().bind(model.runningProperty());
        refreshBackupsButton.disableProperty().bind(model.runningProperty());
        filesTable.disableProperty().bind(model.runningProperty());
        openedLabel.textProperty().bind(model.openedProperty());
        bindRecords();
        notRestorableLabel.textProperty().bind(model.notRestorableProperty());
        restoreButton.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("backups.restore", model.checkedCountProperty().get()), model.checkedCountProperty()));
        restoreButton.disableProperty().bind(model.checkedCountProperty().isEqualTo(0).or(model.runningProperty())
                .or(model.busyProperty()));
        restoreButton.setOnAction(e -> model.restore());
        restoreBusyIndicator.visibleProperty().bind(model.busyProperty().or(model.runningProperty()));
        restoreSummaryLabel.textProperty().bind(model.summaryProperty());
        closeBackupsButton.setOnAction(e -> stage.close());
        restoreReportTable.setItems(model.report());
        column(restoreReportTable, 0).setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().oldId()));
        text(restoreReportTable, 1, BackupsViewModel.ReportLine::newId);
        text(restoreReportTable, 2, BackupsViewModel.ReportLine::outcome);
        text(restoreReportTable, 3, BackupsViewModel.ReportLine::explanation);
    }

    private void bindRecords() {
        recordsTable.setItems(model.records());
        Label empty = new Label(messages.get("backups.records.empty"));
        empty.setWrapText(true);
        recordsTable.setPlaceholder(empty);
        TableColumn<BackupsViewModel.RecordRow, Boolean> check = column(recordsTable, 0);
        check.setCellValueFactory(c -> c.getValue().row().checkedProperty());
        check.setCellFactory(CheckBoxTableCell.forTableColumn(check));
        check.setEditable(true);
        CheckBox all = new CheckBox();
        all.setId("checkAllRecordsBox");
        all.setOnAction(e -> model.checkAll(all.isSelected()));
        check.setGraphic(all);
        column(recordsTable, 1).setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row().id()));
        text(recordsTable, 2, r -> r.row().subject());
        text(recordsTable, 3, r -> r.row().type());
        property(recordsTable, 4, r -> r.row().ownerProperty());
        property(recordsTable, 5, BackupsViewModel.RecordRow::howProperty);
    }

    private static <S> void text(TableView<S> table, int index, Function<S, String> value) {
        TableColumn<S, String> column = column(table, index);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private static <S> void property(TableView<S> table, int index, Function<S, ObservableValue<String>> value) {
        TableColumn<S, String> column = column(table, index);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
    }

    @SuppressWarnings("unchecked")
    private static <S, T> TableColumn<S, T> column(TableView<S> table, int index) {
        return (TableColumn<S, T>) table.getColumns().get(index);
    }
}
