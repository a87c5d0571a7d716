/**
 * Badge sets: a portal's badges as one thing that can be saved to a file ({@link BadgeSetFiles}), compared with
 * another set ({@link SetComparison}), turned into a plan of changes for a target portal ({@link ApplyPlan}) and
 * applied there safely ({@link PlanApplier}). Blocking, no JavaFX: shared by the window and the command line.
 */
package org.badgemanager.badgesets;
