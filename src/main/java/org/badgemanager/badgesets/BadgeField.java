package org.badgemanager.badgesets;

/** The parts of a badge a comparison looks at (the code is what pairs two badges up). */
public enum BadgeField { TYPE, TITLE, VALUE }
