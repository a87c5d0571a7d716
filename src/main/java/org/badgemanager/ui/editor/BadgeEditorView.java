package org.badgemanager.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.BadgeValidator.Field;
import org.badgemanager.badges.Languages;
import org.badgemanager.ui.common.BadgeChip;
import org.badgemanager.ui.common.FieldLabels;
import org.badgemanager.ui.common.Fxml;
import org.badgemanager.ui.common.Messages;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** The add/edit form: binds fields, language tabs and validation marks to {@link BadgeEditorViewModel}. */
public final class BadgeEditorView {
    @FXML private TextField codeField;
    @FXML private Label codeError;
    @FXML private ComboBox<BadgeType> typePicker;
    @FXML private BadgeChip previewChip;
    @FXML private CheckBox sameForAllCheck;
    @FXML private GridPane plainPane;
    @FXML private TextField plainTitleField;
    @FXML private TextField plainValueField;
    @FXML private VBox languagePane;
    @FXML private MenuButton addLanguageButton;
    @FXML private TabPane languageTabs;
    @FXML private Label titleError;
    @FXML private Label valueError;
    @FXML private Label editNote;
    @FXML private Label statusLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button cancelButton;
    @FXML private Button saveButton;

    private final BadgeEditorViewModel model;
    private final Messages messages;
    private final Runnable close;
    private final Parent root;
    /** Errors are shown once the user has typed something, not on a fresh empty form. */
    private final BooleanProperty touched = new SimpleBooleanProperty();
    private final ValidationSupport validation = new ValidationSupport();

    public BadgeEditorView(BadgeEditorViewModel model, Messages messages, Runnable close) {
        this.model = model;
        this.messages = messages;
        this.close = close;
        this.root = Fxml.load(this, "BadgeEditorView.fxml", messages);
        FieldLabels.link(root);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        codeField.textProperty().bindBidirectional(model.codeProperty());
        codeField.disableProperty().bind(model.busyProperty());
        typePicker.getItems().setAll(BadgeType.values());
        typePicker.setCellFactory(l -> new TypeCell());
        typePicker.setButtonCell(new TypeCell());
        typePicker.valueProperty().bindBidirectional(model.typeProperty());
        model.typeProperty().addListener(o -> updatePreview());
        model.previewText().addListener(o -> updatePreview());
        updatePreview();

        sameForAllCheck.selectedProperty().bindBidirectional(model.sameForAllLanguagesProperty());
        plainPane.visibleProperty().bind(model.sameForAllLanguagesProperty());
        languagePane.visibleProperty().bind(model.sameForAllLanguagesProperty().not());
        plainTitleField.textProperty().bindBidirectional(model.plainTitleProperty());
        plainValueField.textProperty().bindBidirectional(model.plainValueProperty());

        model.languages().forEach(this::addTab);
        languageTabs.getSelectionModel().selectFirst();
        model.languages().addListener((ListChangeListener<LanguageTexts>) change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    change.getRemoved().forEach(t -> languageTabs.getTabs().removeIf(tab -> tab.getUserData() == t));
                }
                if (change.wasAdded()) {
                    change.getAddedSubList().forEach(this::addTab);
                    languageTabs.getSelectionModel().selectLast(); // the language the user just added
                }
            }
        });
        addLanguageButton.setOnShowing(e -> fillLanguageMenu());
        addLanguageButton.setId("addLanguageButton");

        bindError(codeError, model.errorOf(Field.CODE));
        bindError(titleError, prefixed("editor.title", model.errorOf(Field.TITLE)));
        bindError(valueError, prefixed("editor.value", model.errorOf(Field.VALUE)));
        model.problemsProperty().addListener(o -> {
            markTabsWithProblems();
            validation.revalidate();
        });
        validation.registerValidator(codeField, false, (c, v) -> ValidationResult.fromErrorIf(codeField,
                String.valueOf(model.errorOf(Field.CODE).get()), model.errorOf(Field.CODE).get() != null));
        model.errorOf(Field.CODE).addListener(o -> validation.revalidate());
        for (var input : new javafx.beans.Observable[] {model.codeProperty(), model.plainTitleProperty(),
                model.plainValueProperty(), model.languages()}) {
            input.addListener(o -> touched.set(true));
        }

        editNote.visibleProperty().bind(model.modeProperty().isEqualTo(BadgeEditorViewModel.Mode.EDIT));
        editNote.managedProperty().bind(editNote.visibleProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        saveButton.disableProperty().bind(model.canSaveProperty().not());
        saveButton.setOnAction(e -> model.save());
        cancelButton.setOnAction(e -> close.run());
        cancelButton.disableProperty().bind(model.busyProperty());
        model.savedProperty().addListener((o, was, now) -> {
            if (now != null) {
                close.run();
            }
        });
    }

    private StringBinding prefixed(String fieldKey, StringBinding error) {
        return Bindings.createStringBinding(() -> error.get() == null ? null
                : messages.get(fieldKey) + ": " + error.get(), error);
    }

    private void bindError(Label label, StringBinding error) {
        label.textProperty().bind(Bindings.when(touched.and(error.isNotNull())).then(error).otherwise(""));
        // the label keeps its space while empty, so the form never jumps under the user's pointer
        label.setMinHeight(16);
    }

    private void addTab(LanguageTexts texts) {
        String lang = texts.language();
        Label header = new Label(Languages.nameOf(lang));
        header.setId("tab_" + lang);
        Tab tab = new Tab();
        tab.setGraphic(header);
        tab.setUserData(texts);
        tab.setId("languageTab_" + lang);
        TextField title = new TextField();
        title.setId("titleField_" + lang);
        title.setPromptText(messages.get("editor.title.prompt"));
        title.textProperty().bindBidirectional(texts.titleProperty());
        TextField value = new TextField();
        value.setId("valueField_" + lang);
        value.setPromptText(messages.get("editor.value.prompt"));
        value.textProperty().bindBidirectional(texts.valueProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(10, 4, 4, 4));
        ColumnConstraints labels = new ColumnConstraints(80);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, new Label(messages.get("editor.title")), title);
        grid.addRow(1, new Label(messages.get("editor.value")), value);
        tab.setContent(grid);
        FieldLabels.link(grid);
        tab.setOnCloseRequest(e -> {
            e.consume(); // the view model decides; it keeps the last language
            model.removeLanguage(lang);
        });
        languageTabs.getTabs().add(tab);
        markTabsWithProblems();
    }

    private void fillLanguageMenu() {
        addLanguageButton.getItems().clear();
        for (String id : model.languagesToAdd()) {
            MenuItem item = new MenuItem(Languages.nameOf(id) + " (" + id + ")");
            item.setId("addLanguage_" + id);
            item.setOnAction(e -> model.addLanguage(id));
            addLanguageButton.getItems().add(item);
        }
    }

    private void markTabsWithProblems() {
        var bad = model.languagesWithProblems();
        for (Tab tab : languageTabs.getTabs()) {
            String lang = ((LanguageTexts) tab.getUserData()).language();
            tab.getStyleClass().remove("has-problem");
            if (bad.contains(lang)) {
                tab.getStyleClass().add("has-problem");
            }
        }
    }

    private void updatePreview() {
        String text = model.previewText().get();
        previewChip.show(text == null || text.isBlank() ? "…" : text, model.typeProperty().get());
    }

    /** A type in the picker: its chip in its colours and its name. */
    private final class TypeCell extends ListCell<BadgeType> {
        @Override
        protected void updateItem(BadgeType type, boolean empty) {
            super.updateItem(type, empty);
            if (empty || type == null) {
                setGraphic(null);
                setText(null);
            } else {
                setGraphic(new BadgeChip(messages.get("typeName." + type.wireName()), type));
                setText(messages.get("type." + type.wireName()));
            }
        }
    }
}
