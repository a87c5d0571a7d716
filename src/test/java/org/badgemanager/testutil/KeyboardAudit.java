package org.badgemanager.testutil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.testfx.api.FxRobot;

/**
 * What a keyboard or screen-reader user meets in a window: every control that takes focus must be reached by
 * pressing Tab, must look different while it has the focus, and must have a name a screen reader can speak (its
 * own text, a label pointing at it with labelFor, or accessibleText). FX thread; moves the focus.
 */
public final class KeyboardAudit {
    private static final int MAX_TABS = 200;

    private KeyboardAudit() {
    }

    /** The controls a user should be able to Tab to: shown, enabled, focus traversable, not part of another one. */
    public static List<Control> focusable(Scene scene) {
        List<Control> found = new ArrayList<>();
        TextAudit.walk(scene.getRoot(), node -> {
            if (node instanceof Control c && c.isFocusTraversable() && !c.isDisabled() && DrawnBackground.shown(c)
                    && !insideCompound(c)) {
                found.add(c);
            }
        });
        return found;
    }

    /**
     * One line per problem. {@code reachedByTab}: what {@link #reachedByTab} found, or null to leave reaching out
     * (it does not change with the theme or the language); {@code focusLook}: whether to compare the focused look.
     * FX thread; moves the focus.
     */
    public static List<String> problems(Scene scene, String screen, Set<Node> reachedByTab, boolean focusLook) {
        List<Control> controls = focusable(scene);
        List<String> problems = new ArrayList<>();
        for (Control c : controls) {
            String what = screen + ": " + describe(c);
            if (reachedByTab != null && !reachedByTab.contains(c) && !groupReached(c, reachedByTab)) {
                problems.add(what + " cannot be reached with Tab (reached: " + reachedByTab.stream()
                        .filter(n -> n instanceof Control).map(n -> describe((Control) n)).toList()
                        + "; windows with the keyboard: " + javafx.stage.Window.getWindows().stream()
                        .filter(javafx.stage.Window::isFocused).map(w -> w.getClass().getSimpleName()).toList() + ")");
            }
            if (accessibleName(c, scene) == null) {
                problems.add(what + " has no name a screen reader can speak");
            }
            if (focusLook && !focusShows(c, controls)) {
                problems.add(what + " looks the same with and without the focus");
            }
        }
        return problems;
    }

    /**
     * Presses Tab for real (through the robot, as a user would) from the window's first control until the focus
     * comes back to it, and returns every node that held the focus (with its parents: focus on a combo box's
     * editor counts for the combo box). Not on the FX thread.
     */
    public static Set<Node> reachedByTab(FxRobot robot, Scene scene) {
        Set<Node> reached = new LinkedHashSet<>();
        Node[] first = new Node[1];
        robot.interact(() -> {
            List<Control> controls = focusable(scene);
            if (!controls.isEmpty()) {
                first[0] = controls.get(0);
                first[0].requestFocus();
            }
        });
        if (first[0] == null) {
            return reached;
        }
        for (int i = 0; i < MAX_TABS; i++) {
            Node owner = scene.getFocusOwner();
            if (owner == null || i > 0 && owner == first[0]) {
                break;
            }
            for (Node n = owner; n != null; n = n.getParent()) {
                reached.add(n);
            }
            robot.type(KeyCode.TAB);
        }
        return reached;
    }

    /** Its text, the text of a label whose labelFor is it, or its accessibleText; null when it has none. */
    public static String accessibleName(Control c, Scene scene) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return c.getAccessibleText();
        }
        if (c instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return l.getText();
        }
        if (c instanceof TabPane tabs && !tabs.getTabs().isEmpty()
                && tabs.getTabs().stream().allMatch(t -> tabName(t) != null)) {
            return tabName(tabs.getSelectionModel().getSelectedItem()); // a screen reader speaks the tab
        }
        String[] byLabel = new String[1];
        TextAudit.walk(scene.getRoot(), node -> {
            if (node instanceof Label label && label.getLabelFor() == c && label.getText() != null
                    && !label.getText().isBlank()) {
                byLabel[0] = label.getText();
            }
        });
        return byLabel[0];
    }

    /** Tab goes to the chosen button of a radio group; the arrow keys move within it (as on every desktop). */
    private static boolean groupReached(Control c, Set<Node> reached) {
        return c instanceof javafx.scene.control.Toggle t && t.getToggleGroup() != null
                && t.getToggleGroup().getToggles().stream().anyMatch(reached::contains);
    }

    private static String tabName(javafx.scene.control.Tab tab) {
        if (tab.getText() != null && !tab.getText().isBlank()) {
            return tab.getText();
        }
        return tab.getGraphic() instanceof Labeled l && l.getText() != null && !l.getText().isBlank() ? l.getText()
                : null;
    }

    private static boolean focusShows(Control c, List<Control> controls) {
        Control other = controls.stream().filter(o -> o != c).findFirst().orElse(null);
        if (other == null) {
            return true; // the only control: nothing else could hold the focus
        }
        other.requestFocus();
        int[] unfocused = pixels(c);
        c.requestFocus();
        int[] focused = pixels(c);
        return !Arrays.equals(unfocused, focused);
    }

    private static int[] pixels(Control c) {
        c.applyCss();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        WritableImage image = c.snapshot(params, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h + 2];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        argb[w * h] = w;
        argb[w * h + 1] = h;
        return argb;
    }

    private static boolean insideCompound(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?> || n instanceof Spinner<?> || n instanceof TableView<?>
                    || n instanceof ListView<?> || n instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    static String describe(Control c) {
        String text = c instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId()) + text;
    }
}
