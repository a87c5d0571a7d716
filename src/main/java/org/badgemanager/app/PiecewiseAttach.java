package org.badgemanager.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.AnchorPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * Puts a large view into a showing window a piece at a time across pulses, so that its first styling and layout
 * (skins made, selectors matched, text measured) never hold the FX thread for long in one go, and the view is
 * styled and laid out before the user first looks at it. Styling must happen on the FX thread: the controls measure
 * text through a text layout they share, so a worker styling a view while the FX thread lays out another broke it.
 *
 * <p>Before it goes in, the view's boxes are emptied, top-down (their children kept aside); each pulse then gives
 * boxes back their children, parents first, and styles them, until about {@value #BUDGET_MS} ms are used, and
 * that pulse lays out what came in. Boxes whose children are a plain list are emptied (VBox, HBox, GridPane: a
 * child keeps its constraints), and a BorderPane's slots; the content of a tab, split pane, scroll or titled pane
 * is walked into, never removed (a control is made with what it holds). A control is one piece, with all it shows. {@link #finish()} puts the rest in at
 * once (the user opened the view before it was all in).
 */
final class PiecewiseAttach {
    static final long BUDGET_MS = 12;

    /** A box whose children wait to go back in: {@code putBack} puts them in. */
    private record Piece(Pane box, Runnable putBack) {
    }

    private final Deque<Piece> waiting;
    private final AnimationTimer ticks;

    private PiecewiseAttach(Deque<Piece> waiting) {
        this.waiting = waiting;
        this.ticks = new AnimationTimer() {
            @Override
            public void handle(long now) {
                putInFor(BUDGET_MS * 1_000_000);
            }
        };
    }

    /**
     * Empties {@code view}'s boxes, hands the view to {@code attach} (which puts it in a showing scene, e.g. in a tab
     * not selected), and starts giving the boxes back their children, one pulse after another. FX thread.
     */
    static PiecewiseAttach start(Parent view, Consumer<Parent> attach) {
        PiecewiseAttach pieces = new PiecewiseAttach(emptyBoxes(view));
        attach.accept(view);
        pieces.ticks.start();
        return pieces;
    }

    /** Whether every box has its children back. */
    boolean isDone() {
        return waiting.isEmpty();
    }

    /** Puts everything still waiting in now. FX thread. */
    void finish() {
        putInFor(Long.MAX_VALUE);
    }

    private void putInFor(long budgetNanos) {
        long started = System.nanoTime();
        while (!waiting.isEmpty() && System.nanoTime() - started < budgetNanos) {
            Piece piece = waiting.removeFirst();
            piece.putBack().run();
            piece.box().applyCss();
        }
        if (waiting.isEmpty()) {
            ticks.stop();
        }
    }

    /** The boxes under {@code root}, parents before children, each with its children taken out. */
    private static Deque<Piece> emptyBoxes(Parent root) {
        Deque<Piece> pieces = new ArrayDeque<>();
        Deque<Node> toVisit = new ArrayDeque<>(List.of(root));
        while (!toVisit.isEmpty()) {
            Node node = toVisit.removeFirst();
            List<Node> inside = inside(node);
            if (isListBox(node) && !inside.isEmpty()) {
                Pane box = (Pane) node;
                List<Node> children = new ArrayList<>(inside);
                pieces.addLast(new Piece(box, () -> box.getChildren().setAll(children)));
                box.getChildren().clear();
            } else if (node instanceof BorderPane slots) {
                pieces.addLast(emptySlots(slots));
            }
            toVisit.addAll(inside);
        }
        return pieces;
    }

    /** A border pane's slots emptied, to be filled again as they were (in the order of its children). */
    private static Piece emptySlots(BorderPane slots) {
        List<Runnable> fill = new ArrayList<>();
        for (Node child : slots.getChildren()) {
            fill.add(slot(slots, child));
        }
        slots.setTop(null);
        slots.setLeft(null);
        slots.setCenter(null);
        slots.setRight(null);
        slots.setBottom(null);
        return new Piece(slots, () -> fill.forEach(Runnable::run));
    }

    private static Runnable slot(BorderPane slots, Node child) {
        if (child == slots.getTop()) {
            return () -> slots.setTop(child);
        } else if (child == slots.getLeft()) {
            return () -> slots.setLeft(child);
        } else if (child == slots.getCenter()) {
            return () -> slots.setCenter(child);
        } else if (child == slots.getRight()) {
            return () -> slots.setRight(child);
        }
        return () -> slots.setBottom(child);
    }

    /** What a node holds that is the view's own (not a control's skin). */
    private static List<Node> inside(Node node) {
        List<Node> nodes = new ArrayList<>();
        if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).filter(c -> c != null).forEach(nodes::add);
        } else if (node instanceof SplitPane split) {
            nodes.addAll(split.getItems());
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            nodes.add(scroll.getContent());
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            nodes.add(titled.getContent());
        } else if (node instanceof Pane pane) {
            nodes.addAll(pane.getChildren());
        }
        return nodes;
    }

    private static boolean isListBox(Node node) {
        return node instanceof VBox || node instanceof HBox || node instanceof GridPane || node instanceof StackPane
                || node instanceof FlowPane || node instanceof AnchorPane || node instanceof TilePane;
    }
}
