package org.badgemanager.ui.notices;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.badgemanager.ui.common.Messages;

/**
 * Every notice of the session, newest at the bottom, with its code, time and advice; one or all of them can be
 * copied for a support ticket.
 */
public final class MessagesPanel {
    private final NoticeHistory history;
    private final Messages messages;

    public MessagesPanel(NoticeHistory history, Messages messages) {
        this.history = history;
        this.messages = messages;
    }

    public Parent root(Runnable close) {
        ListView<Notice> list = new ListView<>(history.notices());
        list.setId("messagesList");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label(messages.get("notices.empty")));
        list.setCellFactory(l -> new NoticeCell());
        list.scrollTo(Math.max(0, history.notices().size() - 1));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button copy = new Button(messages.get("notices.copy"));
        copy.setId("copyMessageButton");
        copy.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        copy.setOnAction(e -> toClipboard(List.copyOf(list.getSelectionModel().getSelectedItems())));
        Button copyAll = new Button(messages.get("notices.copyAll"));
        copyAll.setId("copyAllMessagesButton");
        copyAll.disableProperty().bind(history.count().isEqualTo(0));
        copyAll.setOnAction(e -> toClipboard(List.copyOf(history.notices())));
        Button closeButton = new Button(messages.get("notices.close"));
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, copy, copyAll, spacer, closeButton);
        buttons.getStyleClass().add("dialog-buttons");
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, list, buttons);
        root.setPadding(new Insets(12));
        return root;
    }

    private static void toClipboard(List<Notice> notices) {
        ClipboardContent content = new ClipboardContent();
        content.putString(NoticeHistory.asText(notices));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static final class NoticeCell extends ListCell<Notice> {
        private final Label head = new Label();
        private final Label text = wrapping("notice-text");
        private final Label advice = wrapping("notice-advice");
        private final VBox box = new VBox(2, head, text, advice);

        NoticeCell() {
            head.getStyleClass().add("notice-head");
            box.setMinWidth(0);
            box.maxWidthProperty().bind(widthProperty().subtract(24));
            setPrefWidth(0);
        }

        private static Label wrapping(String styleClass) {
            Label label = new Label();
            label.getStyleClass().add(styleClass);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            return label;
        }

        @Override
        protected void updateItem(Notice notice, boolean empty) {
            super.updateItem(notice, empty);
            getStyleClass().removeAll("error-notice", "info-notice");
            if (empty || notice == null) {
                setGraphic(null);
                return;
            }
            getStyleClass().add(notice.isError() ? "error-notice" : "info-notice");
            head.setText(notice.time() + "  \u00b7  " + notice.title());
            text.setText(notice.text());
            advice.setText(notice.advice());
            advice.setVisible(notice.advice() != null && !notice.advice().isBlank());
            advice.setManaged(advice.isVisible());
            setGraphic(box);
        }
    }
}
