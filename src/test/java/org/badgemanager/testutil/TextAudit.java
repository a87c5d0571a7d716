package org.badgemanager.testutil;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * Reads every text a window shows the way a user sees it: each visible {@link Text} node (labels, buttons, table
 * cells and headers, menus and the text inside fields are all drawn by one) must have a WCAG contrast of at least
 * 4.5:1 against the colour drawn behind it, and must be shown whole: no ellipsis where its control has the full
 * text, and not running past the window's edge. Text of a disabled control is exempt (WCAG: inactive components).
 * A table or list cell cut short of its full text passes only if its tooltip shows the whole text (as its first line);
 * so does a label deliberately shortened in its middle (a folder path) whose tooltip holds the whole.
 */
public final class TextAudit {
    /** Ikonli's icons are Text nodes too; they need the 3:1 of graphics (WCAG 1.4.11), not the 4.5:1 of text. */
    private static final String ICON = "ikonli-font-icon";
    private TextAudit() {
    }

    /** One line per problem, naming the screen, the text and what is wrong. FX thread. */
    public static List<String> problems(Scene scene, String screen) {
        List<String> problems = new ArrayList<>();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        walk(scene.getRoot(), node -> {
            if (node instanceof Text text) {
                check(text, scene, screen, problems);
            } else if (node instanceof javafx.scene.control.ToolBar bar) {
                checkRoom(bar, screen, problems);
            }
        });
        return problems;
    }

    /** A tool bar that lacks room hides its last items behind » (a search box a user may never find). */
    private static void checkRoom(javafx.scene.control.ToolBar bar, String screen, List<String> problems) {
        javafx.scene.Node overflow = bar.lookup(".tool-bar-overflow-button");
        if (bar.isVisible() && overflow != null && overflow.isVisible()) {
            problems.add(screen + ": a tool bar hides items behind its overflow button (" + bar.getItems().size()
                    + " items)");
        }
    }

    private static void check(Text text, Scene scene, String screen, List<String> problems) {
        String shown = text.getText();
        if (shown == null || shown.isBlank() || !DrawnBackground.shown(text) || text.isDisabled()
                || !(text.getFill() instanceof Color fill)) {
            return;
        }
        Bounds b = text.localToScene(text.getBoundsInLocal());
        if (b.getMaxX() <= 0 || b.getMaxY() <= 0 || b.getMinX() >= scene.getWidth() || b.getMinY() >= scene.getHeight()) {
            return; // scrolled out of sight
        }
        boolean icon = text.getStyleClass().contains(ICON);
        String where = screen + ": " + (icon ? "icon in " + text.getParent().getClass().getSimpleName()
                : "\"" + shortened(shown) + "\"");
        Color background = DrawnBackground.behind(text);
        Color drawn = Contrast.over(withOpacity(fill, fill.getOpacity() * DrawnBackground.drawnOpacity(text)),
                background);
        double ratio = Contrast.ratio(drawn, background);
        if (ratio < (icon ? Contrast.NON_TEXT : Contrast.AA)) {
            problems.add(String.format("%s contrast %.2f:1 (%s on %s)", where, ratio, hex(drawn), hex(background)));
        }
        if (icon) {
            return; // an icon is one glyph: it cannot be cut short, only be hard to see
        }
        if (text.getParent() instanceof Labeled labeled) {
            String full = fullText(labeled);
            if (full != null && !full.equals(shown) && !full.replace("\n", " ").equals(shown)
                    && !wholeInTooltip(labeled, full)) {
                problems.add(where + " is cut short of \"" + shortened(full) + "\"");
            }
        }
        if (b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1) {
            problems.add(where + " runs past the window's edge");
        }
    }

    private static String fullText(Labeled labeled) {
        String full = labeled.getText();
        if (full == null) {
            return null;
        }
        return labeled.isMnemonicParsing() ? full.replaceFirst("_(?=.)", "") : full;
    }

    private static boolean wholeInTooltip(Labeled labeled, String full) {
        Tooltip tip = labeled.getTooltip();
        // the whole text is the tooltip, or its first line (a name's tooltip adds the id below it)
        return tip != null && tip.getText() != null && full.equals(tip.getText().split("\n", 2)[0])
                && (labeled instanceof javafx.scene.control.IndexedCell<?>
                    || labeled.getTextOverrun() == javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
    }

    private static Color withOpacity(Color c, double opacity) {
        return Color.color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(1, opacity)));
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String shortened(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }

    static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }
}
