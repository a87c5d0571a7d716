package org.badgemanager.badgesets;

/** How one code stands between the two sides of a comparison. */
public enum CodeState {
    /** Only the left side has a badge with this code. */
    ONLY_LEFT,
    /** Only the right side has it. */
    ONLY_RIGHT,
    /** Both have it, with a different type, title or value. */
    DIFFERENT,
    /** Both hold exactly the same badge (texts, languages, their shape and type). */
    SAME
}
