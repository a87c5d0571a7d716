package org.badgemanager.ui.badges;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.badgemanager.badges.RecentlyDeleted;
import org.badgemanager.ui.common.BadgeChip;
import org.badgemanager.ui.common.Fxml;
import org.badgemanager.ui.common.Messages;

/** A small window listing the portal's recently deleted badges, newest first, each restorable. */
public final class RecentlyDeletedView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());
    private final RecentlyDeletedViewModel model;
    private final Messages messages;

    public RecentlyDeletedView(RecentlyDeletedViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Stage show(Window owner) {
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("recentlyDeleted.title"));
        Scene scene = new Scene(root(dialog), 560, 380);
        scene.getStylesheets().add(Fxml.stylesheet());
        dialog.setScene(scene);
        model.load();
        dialog.show();
        return dialog;
    }

    private Parent root(Stage dialog) {
        ListView<RecentlyDeleted.Entry> list = new ListView<>(model.entries());
        list.setId("recentlyDeletedList");
        list.setAccessibleText(messages.get("recentlyDeleted.title"));
        list.setPlaceholder(new Label(messages.get("recentlyDeleted.empty")));
        list.setCellFactory(l -> new EntryCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        Button restore = new Button(messages.get("recentlyDeleted.restore"));
        restore.setId("restoreDeletedButton");
        restore.setDefaultButton(true);
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        restore.setOnAction(e -> model.restore(list.getSelectionModel().getSelectedItem()));
        Button close = new Button(messages.get("recentlyDeleted.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> dialog.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, close, restore);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        // the newest is the one most often wanted back: Enter restores it without a click
        list.getItems().addListener((javafx.collections.ListChangeListener<RecentlyDeleted.Entry>) change -> {
            if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        Label intro = new Label(messages.get("recentlyDeleted.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE); // two lines, never an ellipsis
        VBox root = new VBox(10, intro, list, buttons);
        root.setPadding(new Insets(12));
        return root;
    }

    private final class EntryCell extends ListCell<RecentlyDeleted.Entry> {
        private final BadgeChip chip = new BadgeChip();

        @Override
        protected void updateItem(RecentlyDeleted.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String language = messages.language();
            chip.show(entry.badge().value().forLanguage(language), entry.badge().type());
            setGraphic(chip);
            setText(entry.badge().code() + " \u2014 " + entry.badge().title().forLanguage(language) + "   ("
                    + messages.get("recentlyDeleted.deletedAt", WHEN.format(entry.deletedAt())) + ")");
        }
    }
}
