package org.badgemanager.ui.activities;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.badgemanager.ui.common.DisplayPaths;
import org.badgemanager.ui.common.EverySecond;
import org.badgemanager.ui.common.FieldLabels;
import org.badgemanager.ui.common.Fxml;
import org.badgemanager.ui.common.Messages;

/** The Activities tab: binds the filters, id box, tables and progress to {@link ActivitiesViewModel}. */
public final class ActivitiesView {
    @FXML private ComboBox<Choice<Integer>> ownerTypeBox;
    @FXML private TextField ownerIdField;
    @FXML private ComboBox<Choice<Integer>> typeBox;
    @FXML private TextField providerField;
    @FXML private ComboBox<Choice<Boolean>> completedBox;
    @FXML private TextField responsibleField;
    @FXML private TextField badgeField;
    @FXML private TabPane sourceTabs;
    @FXML private Tab searchTab;
    @FXML private javafx.scene.layout.VBox whereUsedBar;
    @FXML private Label whereUsedSummary;
    @FXML private ProgressIndicator whereUsedBusy;
    @FXML private Button cleanUpButton;
    @FXML private Button tryAgainButton;
    @FXML private Button cancelCleanUpButton;
    @FXML private Label whereUsedNote;
    @FXML private Label whereUsedProgress;
    @FXML private Label whereUsedOutcome;
    @FXML private DatePicker createdFromPicker;
    @FXML private DatePicker createdToPicker;
    @FXML private Button searchButton;
    @FXML private Label filterProblemLabel;
    @FXML private TextArea idsArea;
    @FXML private Label idsSummaryLabel;
    @FXML private Label idsProblemsLabel;
    @FXML private Button previewIdsButton;
    @FXML private Button deleteIdsButton;
    @FXML private TableView<ActivityRow> activityTable;
    @FXML private Label foundLabel;
    @FXML private javafx.scene.control.Hyperlink selectAllMatchingLink;
    @FXML private Label allMatchingLabel;
    @FXML private javafx.scene.control.Hyperlink clearAllMatchingLink;
    @FXML private Button continueRunButton;
    @FXML private Button loadMoreButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label loadStatusLabel;
    @FXML private Button cancelSearchButton;
    @FXML private Label checkedLabel;
    @FXML private TabPane sideTabs;
    @FXML private Tab reportTab;
    @FXML private Label detailsStatusLabel;
    @FXML private GridPane detailsGrid;
    @FXML private Button copyJsonButton;
    @FXML private TextField rowFilterField;
    @FXML private Button backupsButton;
    @FXML private Label reportSummaryLabel;
    @FXML private Label reportStateLabel;
    @FXML private TableView<ReportRow> reportTable;
    @FXML private Button retryButton;
    @FXML private Button saveCsvButton;
    @FXML private Button deleteCheckedButton;
    @FXML private CheckBox backupCheck;
    @FXML private Label backupFolderLabel;
    @FXML private Button changeFolderButton;
    @FXML private Label backupFileLabel;
    @FXML private HBox progressRow;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Button cancelButton;

    private final ActivitiesViewModel model;
    private final Messages messages;
    private final Parent root;

    /** Loaded and bound to its model at once. FX thread. */
    public ActivitiesView(ActivitiesViewModel model, Messages messages) {
        this(model, messages, true);
    }

    private ActivitiesView(ActivitiesViewModel model, Messages messages, boolean bindNow) {
        this.model = model;
        this.messages = messages;
        this.root = Fxml.load(this, "ActivitiesView.fxml", messages);
        FieldLabels.link(root);
        if (bindNow) {
            bind();
        }
    }

    /**
     * Loaded (its nodes made from the FXML) but not yet bound to the model: may run on a worker, since nothing of the
     * live model is touched; {@link #bind()} then runs on the FX thread.
     */
    public static ActivitiesView loaded(ActivitiesViewModel model, Messages messages) {
        return new ActivitiesView(model, messages, false);
    }

    public Parent root() {
        return root;
    }

    /**
     * Binds the view to its model: listeners and bindings go into the model's properties and lists, which the FX
     * thread changes, so this runs on the FX thread (their listener lists are not made for two threads). Once.
     */
    public ActivitiesView bind() {
        bindSearch();
        bindIds();
        ActivityTableColumns.install(activityTable, reportTable, model, messages);
        foundLabel.textProperty().bind(model.foundText());
        checkedLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("activities.checked", model.checkedCountProperty().get()), model.checkedCountProperty()));
        loadMoreButton.setOnAction(e -> model.loadMore());
        loadMoreButton.disableProperty().bind(model.hasMoreProperty().not().or(model.busyProperty()));
        busyIndicator.visibleProperty().bind(model.busyProperty());
        bindLoadWait();
        bindDetails();
        rowFilterField.textProperty().bindBidirectional(model.rowFilterProperty());
        backupsButton.disableProperty().bind(model.connectedProperty().not().or(model.bulk().runningProperty()));
        backupsButton.setOnAction(e -> BackupsView.open(model::backups, messages, window()));
        bindBulk();
        bindAllMatching();
        bindWhereUsed();
        return this;
    }

    /** "Select all N matching" beside what the table shows, and continuing a delete-all run that stopped. */
    private void bindAllMatching() {
        selectAllMatchingLink.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("matching.select", model.totalProperty().get()), model.totalProperty()));
        showWhen(selectAllMatchingLink, model.canSelectAllMatchingProperty().and(model.bulk().runningProperty().not()));
        selectAllMatchingLink.setOnAction(e -> model.selectAllMatching());
        allMatchingLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("matching.selected", model.totalProperty().get()), model.totalProperty()));
        showWhen(allMatchingLabel, model.allMatchingProperty());
        showWhen(clearAllMatchingLink, model.allMatchingProperty().and(model.bulk().runningProperty().not()));
        clearAllMatchingLink.setOnAction(e -> model.clearAllMatching());
        // with the whole search chosen, the loaded rows' count and "load more" say nothing: room for the line
        showWhen(checkedLabel, model.allMatchingProperty().not());
        showWhen(loadMoreButton, model.allMatchingProperty().not());
        BulkDeleteViewModel bulk = model.bulk();
        continueRunButton.textProperty().bind(bulk.unfinishedTextProperty());
        showWhen(continueRunButton, bulk.unfinishedTextProperty().isNotEmpty());
        continueRunButton.disableProperty().bind(bulk.runningProperty().or(model.connectedProperty().not()));
        continueRunButton.setOnAction(e -> bulk.continueUnfinished());
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** The bar above the table while it shows a badge's carriers: what was found, the guided flow, its report. */
    private void bindWhereUsed() {
        WhereUsedViewModel whereUsed = model.whereUsed();
        whereUsedBar.visibleProperty().bind(whereUsed.badgeCodeProperty().isNotEmpty());
        whereUsedBar.managedProperty().bind(whereUsedBar.visibleProperty());
        whereUsedSummary.textProperty().bind(whereUsed.summaryProperty());
        whereUsedBusy.visibleProperty().bind(whereUsed.runningProperty());
        whereUsedBusy.managedProperty().bind(whereUsed.runningProperty());
        for (Label label : new Label[] {whereUsedNote, whereUsedProgress, whereUsedOutcome}) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
            label.visibleProperty().bind(label.managedProperty());
        }
        whereUsedNote.textProperty().bind(whereUsed.noteProperty());
        whereUsedProgress.textProperty().bind(whereUsed.progressProperty());
        whereUsedOutcome.textProperty().bind(whereUsed.outcomeProperty());
        cleanUpButton.disableProperty().bind(whereUsed.canCleanUp().not().or(model.busyProperty()));
        cleanUpButton.setOnAction(e -> whereUsed.cleanUp());
        cancelCleanUpButton.visibleProperty().bind(whereUsed.runningProperty());
        cancelCleanUpButton.managedProperty().bind(whereUsed.runningProperty());
        cancelCleanUpButton.setOnAction(e -> whereUsed.cancel());
        tryAgainButton.visibleProperty().bind(whereUsed.tryAgainOfferedProperty());
        tryAgainButton.managedProperty().bind(whereUsed.tryAgainOfferedProperty());
        tryAgainButton.disableProperty().bind(whereUsed.runningProperty());
        tryAgainButton.setOnAction(e -> whereUsed.tryAgain());
        // "Where is it used?" from the badge table fills the badge filter of the search: show that filter
        whereUsed.badgeCodeProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                sourceTabs.getSelectionModel().select(searchTab);
            }
        });
    }

    /** Labelled fields, one grid row each; the ids behind a name in its tooltip. */
    private void bindDetails() {
        ActivityDetails details = model.details();
        detailsStatusLabel.textProperty().bind(Bindings.createStringBinding(() -> !details.textProperty().get().isEmpty()
                        ? details.textProperty().get()
                        : details.fields().isEmpty() ? messages.get("activities.details.empty") : "",
                details.textProperty(), details.fields()));
        detailsStatusLabel.managedProperty().bind(detailsStatusLabel.textProperty().isNotEmpty());
        detailsStatusLabel.visibleProperty().bind(detailsStatusLabel.managedProperty());
        details.fields().addListener((ListChangeListener<ActivityDetails.Field>) c -> showDetails(details.fields()));
        copyJsonButton.disableProperty().bind(details.rawJsonProperty().isEmpty());
        copyJsonButton.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details.rawJsonProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private void showDetails(java.util.List<ActivityDetails.Field> fields) {
        detailsGrid.getChildren().clear();
        int row = 0;
        for (ActivityDetails.Field field : fields) {
            Label key = new Label(field.label());
            key.getStyleClass().add("details-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(field.value());
            value.setId("detail_" + field.key());
            value.setWrapText(true);
            value.getStyleClass().add("details-value");
            if (!field.tip().isEmpty()) {
                value.setTooltip(new Tooltip(field.tip()));
            }
            detailsGrid.addRow(row++, key, value);
        }
    }

    /** While a search waits for the portal: for how long, and Cancel; after a cancel, a calm note. */
    private void bindLoadWait() {
        EverySecond.whileTrue(model.loading().runningProperty(), model.loading()::tick);
        loadStatusLabel.textProperty().bind(model.loadStatus());
        cancelSearchButton.visibleProperty().bind(model.loading().runningProperty());
        cancelSearchButton.managedProperty().bind(model.loading().runningProperty());
        cancelSearchButton.setOnAction(e -> model.cancelLoad());
    }

    private void bindSearch() {
        ActivitySearchForm form = model.form();
        ownerTypeBox.getItems().setAll(form.ownerTypes());
        ownerTypeBox.valueProperty().bindBidirectional(form.ownerTypeProperty());
        typeBox.getItems().setAll(form.types());
        typeBox.valueProperty().bindBidirectional(form.typeProperty());
        completedBox.getItems().setAll(form.completedChoices());
        completedBox.valueProperty().bindBidirectional(form.completedProperty());
        ownerIdField.textProperty().bindBidirectional(form.ownerIdProperty());
        providerField.textProperty().bindBidirectional(form.providerIdProperty());
        responsibleField.textProperty().bindBidirectional(form.responsibleIdProperty());
        badgeField.textProperty().bindBidirectional(form.badgeProperty());
        createdFromPicker.valueProperty().bindBidirectional(form.createdFromProperty());
        createdToPicker.valueProperty().bindBidirectional(form.createdToProperty());
        filterProblemLabel.textProperty().bind(form.problem());
        searchButton.disableProperty().bind(model.connectedProperty().not().or(model.busyProperty())
                .or(form.problem().isNotEmpty()));
        searchButton.setOnAction(e -> model.search());
        for (TextField field : new TextField[] {ownerIdField, providerField, responsibleField, badgeField}) {
            field.setOnAction(e -> model.search());
        }
    }

    private void bindIds() {
        IdInput ids = model.ids();
        // Refuse an oversized paste before it reaches the text area: laying out megabytes of text freezes it.
        idsArea.setTextFormatter(new TextFormatter<String>(change -> ids.acceptsLength(
                change.getControlText().length() - (change.getRangeEnd() - change.getRangeStart())
                        + change.getText().length()) ? change : null));
        idsArea.textProperty().bindBidirectional(ids.textProperty());
        idsSummaryLabel.textProperty().bind(ids.summary());
        idsProblemsLabel.textProperty().bind(ids.problems());
        var unusable = Bindings.createBooleanBinding(() -> !ids.selectionProperty().get().usable(), ids.selectionProperty())
                .or(model.connectedProperty().not()).or(model.bulk().runningProperty());
        previewIdsButton.disableProperty().bind(unusable.or(model.busyProperty()));
        deleteIdsButton.disableProperty().bind(unusable.or(ids.deletableBinding().not()));
        previewIdsButton.setOnAction(e -> model.previewIds());
        deleteIdsButton.setOnAction(e -> model.deleteTypedIds());
    }

    private void bindBulk() {
        BulkDeleteViewModel bulk = model.bulk();
        deleteCheckedButton.textProperty().bind(Bindings.createStringBinding(
                () -> model.allMatchingProperty().get()
                        ? messages.get("matching.delete", model.totalProperty().get())
                        : messages.get("activities.deleteChecked", model.checkedCountProperty().get()),
                model.checkedCountProperty(), model.allMatchingProperty(), model.totalProperty()));
        deleteCheckedButton.disableProperty().bind(model.checkedCountProperty().isEqualTo(0)
                .or(bulk.runningProperty()).or(model.connectedProperty().not())
                .or(model.whereUsed().runningProperty()));
        deleteCheckedButton.setOnAction(e -> model.deleteChecked());
        backupCheck.selectedProperty().bindBidirectional(bulk.backupEnabledProperty());
        backupCheck.disableProperty().bind(bulk.runningProperty());
        backupFolderLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("bulk.backupFolder", DisplayPaths.of(bulk.backupFolderProperty().get())),
                bulk.backupFolderProperty()));
        backupFolderLabel.disableProperty().bind(bulk.backupEnabledProperty().not());
        // a long folder is shortened in its middle, where a path says least; the whole path is one hover away
        backupFolderLabel.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        javafx.scene.control.Tooltip folderTip = new javafx.scene.control.Tooltip();
        folderTip.textProperty().bind(backupFolderLabel.textProperty());
        backupFolderLabel.setTooltip(folderTip);
        changeFolderButton.disableProperty().bind(bulk.runningProperty().or(bulk.backupEnabledProperty().not()));
        changeFolderButton.setOnAction(e -> bulk.chooseBackupFolder());
        // A full path does not fit beside the report: the name is shown, the path is in the tooltip.
        backupFileLabel.textProperty().bind(Bindings.createStringBinding(() -> bulk.backupFileProperty().get().isEmpty()
                ? "" : messages.get("bulk.backupWritten", Path.of(bulk.backupFileProperty().get()).getFileName()),
                bulk.backupFileProperty()));
        Tooltip backupPath = new Tooltip();
        backupPath.textProperty().bind(bulk.backupFileProperty());
        backupFileLabel.tooltipProperty().bind(Bindings.when(bulk.backupFileProperty().isEmpty())
                .then((Tooltip) null).otherwise(backupPath));

        progressBar.progressProperty().bind(bulk.progressProperty());
        progressBar.visibleProperty().bind(bulk.runningProperty());
        progressBar.managedProperty().bind(bulk.runningProperty());
        progressLabel.textProperty().bind(bulk.progressTextProperty());
        cancelButton.visibleProperty().bind(bulk.runningProperty());
        cancelButton.managedProperty().bind(bulk.runningProperty());
        cancelButton.disableProperty().bind(bulk.cancellingProperty());
        cancelButton.setOnAction(e -> bulk.cancel());
        progressRow.managedProperty().bind(bulk.runningProperty().or(bulk.progressTextProperty().isNotEmpty()));
        progressRow.visibleProperty().bind(progressRow.managedProperty());

        reportSummaryLabel.textProperty().bind(bulk.reportSummaryProperty());
        reportStateLabel.textProperty().bind(bulk.reportStateProperty());
        retryButton.disableProperty().bind(bulk.canRetry().not());
        retryButton.setOnAction(e -> bulk.retryFailed());
        saveCsvButton.disableProperty().bind(Bindings.isEmpty(bulk.report()).or(bulk.runningProperty()));
        saveCsvButton.setOnAction(e -> bulk.saveReport());
        bulk.report().addListener((ListChangeListener<ReportRow>) c -> sideTabs.getSelectionModel().select(reportTab));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
