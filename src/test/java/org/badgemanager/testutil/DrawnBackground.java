package org.badgemanager.testutil;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;

/**
 * The colour actually drawn behind a node's centre: the scene's fill, then every ancestor region's background fills
 * from the root down, each laid over what is below it where it covers that point (a fill's insets leave a frame
 * uncovered: a text field's border colour is such a frame under its inner fill). A gradient counts as the average of
 * its stops. Images and shapes that are not ancestors are not considered (none are drawn behind text here).
 */
public final class DrawnBackground {
    private DrawnBackground() {
    }

    /** Behind {@code node}, not counting the node's own background (see {@link #under}). */
    public static Color behind(Node node) {
        return compose(node, false);
    }

    /** Behind and including {@code node}'s own background, e.g. a label with a coloured background. */
    public static Color under(Node node) {
        return compose(node, true);
    }

    private static Color compose(Node node, boolean includingNode) {
        Deque<Region> chain = new ArrayDeque<>();
        for (Node n = includingNode ? node : node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                chain.push(r);
            }
        }
        Color drawn = sceneFill(node);
        Bounds b = node.localToScene(node.getLayoutBounds());
        Point2D centre = new Point2D(b.getCenterX(), b.getCenterY());
        for (Region region : chain) {
            drawn = layOver(region, region.sceneToLocal(centre), drawn);
        }
        return drawn;
    }

    private static Color sceneFill(Node node) {
        Paint fill = node.getScene() == null ? null : node.getScene().getFill();
        return fill instanceof Color c ? Contrast.over(c, Color.WHITE) : Color.WHITE;
    }

    private static Color layOver(Region region, Point2D at, Color below) {
        Background background = region.getBackground();
        if (background == null || !region.isVisible()) {
            return below;
        }
        Color drawn = below;
        for (BackgroundFill fill : background.getFills()) {
            if (covers(region, fill.getInsets(), at)) {
                Color c = average(fill.getFill());
                if (c != null) {
                    drawn = Contrast.over(Color.color(c.getRed(), c.getGreen(), c.getBlue(),
                            c.getOpacity() * region.getOpacity()), drawn);
                }
            }
        }
        return drawn;
    }

    private static boolean covers(Region region, Insets insets, Point2D at) {
        return at.getX() >= insets.getLeft() && at.getY() >= insets.getTop()
                && at.getX() <= region.getWidth() - insets.getRight()
                && at.getY() <= region.getHeight() - insets.getBottom();
    }

    static Color average(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        java.util.List<Stop> stops = paint instanceof LinearGradient g ? g.getStops()
                : paint instanceof RadialGradient g ? g.getStops() : null;
        if (stops == null || stops.isEmpty()) {
            return null;
        }
        double r = 0, g = 0, b = 0, a = 0;
        for (Stop s : stops) {
            r += s.getColor().getRed();
            g += s.getColor().getGreen();
            b += s.getColor().getBlue();
            a += s.getColor().getOpacity();
        }
        int n = stops.size();
        return Color.color(r / n, g / n, b / n, a / n);
    }

    /** Whether {@code node} and all its ancestors are visible (a hidden tab's content is not). */
    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The opacity the node is drawn with, ancestors included (a disabled control is drawn faded). */
    public static double drawnOpacity(Node node) {
        double opacity = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return opacity;
    }
}
