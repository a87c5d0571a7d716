package org.badgemanager.ui.requests;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.badgemanager.bitrix.RequestLog;
import org.badgemanager.ui.common.Messages;

/** The Request log panel: a table of calls, the selected call's masked parameters, cURL copy and diagnostics. */
public final class RequestLogPanel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private final RequestLogViewModel model;
    private final Messages messages;

    public RequestLogPanel(RequestLogViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent root(Runnable close) {
        TableView<RequestLog.Entry> table = new TableView<>(model.entries());
        table.setId("requestTable");
        table.setPlaceholder(new Label(messages.get("requests.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("requests.column.time", 95, e -> TIME.format(e.at())));
        table.getColumns().add(column("requests.column.method", 210, RequestLog.Entry::method));
        table.getColumns().add(column("requests.column.status", 60, e -> e.httpStatus() == 0 ? "\u2014"
                : String.valueOf(e.httpStatus())));
        table.getColumns().add(column("requests.column.code", 150, e -> e.ok() ? "" : e.code()));
        table.getColumns().add(column("requests.column.took", 70, e -> e.took().toMillis() + " ms"));
        table.getColumns().add(column("requests.column.operating", 80, e -> e.operating() == null ? ""
                : String.format(messages.bundle().getLocale(), "%.2f s", e.operating())));
        table.getColumns().add(column("requests.column.retries", 60, e -> String.valueOf(e.retries())));
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        model.entries().addListener((javafx.collections.ListChangeListener<RequestLog.Entry>) c -> {
            if (table.getSelectionModel().isEmpty() && !model.entries().isEmpty()) {
                table.scrollTo(model.entries().size() - 1);
            }
        });

        TextArea details = new TextArea();
        details.setId("requestDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.getStyleClass().add("details-area");
        details.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            RequestLog.Entry e = model.selectedProperty().get();
            return e == null ? "" : (e.sent() == null ? "" : e.sent().maskedAddress() + "\n") + e.params();
        }, model.selectedProperty()));
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        VBox.setVgrow(split, Priority.ALWAYS);

        CheckBox reveal = new CheckBox(messages.get("requests.reveal"));
        reveal.setId("revealSecretsCheck");
        Button copy = new Button(messages.get("requests.copyCurl"));
        copy.setId("copyCurlButton");
        copy.disableProperty().bind(model.copyExecutable().not());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.curl(reveal.isSelected()));
            Clipboard.getSystemClipboard().setContent(content);
            reveal.setSelected(false); // revealing is for that one copy; the next is masked again
        });
        Button save = new Button(messages.get("requests.saveDiagnostics"));
        save.setId("saveDiagnosticsButton");
        save.disableProperty().bind(model.saveExecutable().not());
        save.setOnAction(e -> model.saveDiagnostics());
        Button closeButton = new Button(messages.get("notices.close"));
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, copy, reveal, spacer, save, closeButton);
        buttons.getStyleClass().add("dialog-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(10, split, buttons);
        root.setPadding(new Insets(12));
        model.start();
        return root;
    }

    private TableColumn<RequestLog.Entry, String> column(String key, double width,
                                                          Function<RequestLog.Entry, String> value) {
        TableColumn<RequestLog.Entry, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
