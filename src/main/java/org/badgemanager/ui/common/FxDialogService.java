package org.badgemanager.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.badgemanager.badges.Badge;

/** Modal JavaFX alerts and file choosers owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public boolean confirm(String title, String header, String content, Badge preview) {
        Alert alert = alert(title, header, content);
        if (preview != null) {
            BadgeChip chip = new BadgeChip(preview.value().forLanguage(messages.language()), preview.type());
            chip.setId("confirmPreview");
            alert.setGraphic(chip);
        }
        return alert.showAndWait().filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    @Override
    public boolean confirmByTyping(String title, String header, String content, long count) {
        Alert alert = alert(title, header, null);
        Label text = new Label(content);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        String number = String.valueOf(count);
        Label ask = new Label(messages.get("dialog.confirm.typeCount", number));
        ask.setWrapText(true);
        ask.setMinHeight(Region.USE_PREF_SIZE);
        TextField typed = new TextField();
        typed.setId("confirmCountField");
        typed.setPromptText(number);
        ask.setLabelFor(typed);
        VBox box = new VBox(10, text, ask, typed);
        box.setPrefWidth(420);
        alert.getDialogPane().setContent(box);
        Node yes = alert.getDialogPane().lookupButton(alert.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        // spaces, dots and commas are how people group digits; "12 345" and "12,345" both mean 12345
        yes.disableProperty().bind(typed.textProperty().map(t -> !t.replaceAll("[\\s.,\u00a0\u202f]", "")
                .equals(number)).orElse(true));
        alert.setOnShown(e -> typed.requestFocus());
        return alert.showAndWait().filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    /** Delete and Cancel, Cancel the default: Enter and Escape both leave everything as it was. */
    private Alert alert(String title, String header, String content) {
        ButtonType yes = new ButtonType(messages.get("dialog.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("dialog.confirm.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, yes, no);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("confirmDialog");
        alert.getDialogPane().getStylesheets().add(Fxml.stylesheet());
        Button delete = (Button) alert.getDialogPane().lookupButton(yes);
        Button cancel = (Button) alert.getDialogPane().lookupButton(no);
        delete.setId("confirmYes");
        delete.setDefaultButton(false);
        delete.getStyleClass().add("danger");
        cancel.setId("confirmNo");
        cancel.setDefaultButton(true);
        alert.setOnShown(e -> cancel.requestFocus());
        return alert;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                "*." + extension));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path folder, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern.split(";"))); // "*.json;*.csv"
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }
}
