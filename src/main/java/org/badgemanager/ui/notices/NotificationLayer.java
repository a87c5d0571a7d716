package org.badgemanager.ui.notices;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Notifications drawn inside a window, in its bottom right corner, rather than in popups of their own: they
 * cannot leave the window, they follow it when it moves or is resized, and in a dialog they stay above its button
 * bar (the node with style class {@code dialog-buttons}). Information goes by itself after a few seconds; errors
 * stay until dismissed, at most {@link #MAX_ERRORS} at a time: an older one makes room and stays in the Messages
 * panel. FX thread only.
 */
public final class NotificationLayer {
    public static final int MAX_ERRORS = 3;
    static final Duration INFO_VISIBLE = Duration.seconds(6);
    private static final double MAX_WIDTH = 420;
    private static final double GAP = 12;
    private static final String KEY = NotificationLayer.class.getName();

    private final VBox cards = new VBox(8);
    private final Labels labels;

    /** The words the cards use for their buttons: dismiss, in the user's language. */
    public record Labels(String dismiss) {
    }

    private NotificationLayer(StackPane frame, Labels labels) {
        this.labels = labels;
        cards.getStyleClass().add("notification-layer");
        cards.setAlignment(Pos.BOTTOM_RIGHT);
        cards.setPickOnBounds(false);
        cards.setFillWidth(true);
        cards.setMaxHeight(Region.USE_PREF_SIZE);
        cards.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, Math.min(MAX_WIDTH, frame.getWidth() - 2 * GAP)), frame.widthProperty()));
        cards.prefWidthProperty().bind(cards.maxWidthProperty());
        StackPane.setAlignment(cards, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(cards, new Insets(GAP));
        frame.getChildren().add(cards);
    }

    /**
     * Puts a layer over the scene's content (the content becomes the first child of a frame that is the new root).
     * Called once, where the scene is made.
     */
    public static NotificationLayer install(Scene scene, Labels labels) {
        NotificationLayer existing = of(scene);
        if (existing != null) {
            return existing;
        }
        Parent content = scene.getRoot();
        StackPane frame = new StackPane();
        frame.getStyleClass().add("notification-frame");
        scene.setRoot(frame);
        frame.getChildren().add(content);
        NotificationLayer layer = new NotificationLayer(frame, labels);
        frame.getProperties().put(KEY, layer);
        Node buttons = content.lookup(".dialog-buttons");
        if (buttons != null) {
            keepClearOf(buttons, layer.cards);
        }
        return layer;
    }

    /** The layer of a scene, or null when it has none. */
    public static NotificationLayer of(Scene scene) {
        return scene == null || scene.getRoot() == null ? null
                : (NotificationLayer) scene.getRoot().getProperties().get(KEY);
    }

    public static NotificationLayer of(Window window) {
        return window == null ? null : of(window.getScene());
    }

    private static void keepClearOf(Node buttons, Region cards) {
        Runnable place = () -> StackPane.setMargin(cards,
                new Insets(GAP, GAP, GAP + buttons.getLayoutBounds().getHeight() + marginBelow(buttons), GAP));
        buttons.layoutBoundsProperty().addListener((o, was, now) -> place.run());
        place.run();
    }

    /** The padding of the button bar's parent under it, so the cards end above the whole bar. */
    private static double marginBelow(Node buttons) {
        return buttons.getParent() instanceof Region r ? r.getPadding().getBottom() : 0;
    }

    /** Shows a card; {@code action} (an Undo, say) is optional. */
    public void show(Notice notice, String actionText, Runnable action) {
        VBox card = card(notice, actionText, action);
        cards.getChildren().add(card);
        if (notice.isError()) {
            keepAtMostMaxErrors();
        } else {
            PauseTransition wait = new PauseTransition(INFO_VISIBLE);
            wait.setOnFinished(e -> remove(card));
            // a message being read (or its Undo about to be clicked) does not go away under the pointer
            card.setOnMouseEntered(e -> wait.pause());
            card.setOnMouseExited(e -> wait.playFromStart());
            wait.play();
        }
    }

    /**
     * Moves the cards on screen to {@code other}, as a dialog closes: a message it showed in its last moment
     * (a save that went through, an error on closing) stays in sight in the window below.
     */
    public void moveTo(NotificationLayer other) {
        if (other == null || other == this) {
            return;
        }
        List<Node> moving = List.copyOf(cards.getChildren());
        cards.getChildren().clear();
        other.cards.getChildren().addAll(moving);
        other.keepAtMostMaxErrors();
    }

    private void keepAtMostMaxErrors() {
        List<Node> errors = cards.getChildren().stream()
                .filter(n -> n.getStyleClass().contains("error-notification")).toList();
        for (int i = 0; i < errors.size() - MAX_ERRORS; i++) {
            cards.getChildren().remove(errors.get(i)); // still in the Messages panel
        }
    }

    /** Wherever the card is now: it may have moved to another window's layer since it was shown. */
    private static void remove(Node card) {
        if (card.getParent() instanceof Pane parent) {
            parent.getChildren().remove(card);
        }
    }

    private VBox card(Notice notice, String actionText, Runnable action) {
        Label title = new Label(notice.title());
        title.getStyleClass().add("notification-title");
        title.setMinWidth(0);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Button close = new Button("\u2715");
        close.getStyleClass().addAll("notification-close", "flat");
        close.setAccessibleText(labels.dismiss());
        close.setFocusTraversable(true);
        HBox top = new HBox(8, title, space, close);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, top, wrapped(notice.text(), "notification-text"));
        if (notice.advice() != null && !notice.advice().isBlank()) {
            card.getChildren().add(wrapped(notice.advice(), "notification-advice"));
        }
        if (action != null) {
            Button act = new Button(actionText);
            act.getStyleClass().add("notification-action");
            act.setOnAction(e -> {
                remove(card);
                action.run();
            });
            HBox actions = new HBox(act);
            actions.setAlignment(Pos.CENTER_RIGHT);
            card.getChildren().add(actions);
        }
        close.setOnAction(e -> remove(card));
        card.getStyleClass().addAll("notification-bar", notice.isError() ? "error-notification" : "info-notification");
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
