package org.badgemanager.ui.activities;

/** An entry of a filter's drop-down: the value sent (null for "any") and its label. */
public record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
