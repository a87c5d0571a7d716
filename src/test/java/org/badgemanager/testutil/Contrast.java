package org.badgemanager.testutil;

import javafx.scene.paint.Color;

/** WCAG 2.x contrast: relative luminance of sRGB colours, their ratio, and a translucent colour laid over another. */
public final class Contrast {
    /** WCAG AA for normal text. */
    public static final double AA = 4.5;
    /** WCAG 1.4.11 for icons and other graphics that carry meaning. */
    public static final double NON_TEXT = 3.0;

    private Contrast() {
    }

    /** Relative luminance, 0 (black) to 1 (white), as WCAG 2.x defines it. */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** From 1 (same) to 21 (black on white); the order of the two does not matter. Opacity is ignored. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** {@code top} drawn over the opaque {@code below} (source-over), as an opaque colour. */
    public static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a));
    }
}
