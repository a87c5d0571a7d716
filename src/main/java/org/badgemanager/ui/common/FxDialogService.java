package org.badgemanager.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.badgemanager.badges.Badge;

/** Modal JavaFX alerts owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public boolean confirm(String title, String header, String content, Badge preview) {
        ButtonType yes = new ButtonType(messages.get("dialog.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("dialog.confirm.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, yes, no);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("confirmDialog");
        alert.getDialogPane().getStylesheets().add(Fxml.stylesheet());
        if (preview != null) {
            BadgeChip chip = new BadgeChip(preview.value().forLanguage(messages.language()), preview.type());
            chip.setId("confirmPreview");
            alert.setGraphic(chip);
        }
        alert.getDialogPane().lookupButton(yes).setId("confirmYes");
        alert.getDialogPane().lookupButton(no).setId("confirmNo");
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Path chooseFileToOpen(String title, Path folder, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showOpenDialog(owner.get());
        return chosen == null ? null : chosen.toPath();
    }
}
