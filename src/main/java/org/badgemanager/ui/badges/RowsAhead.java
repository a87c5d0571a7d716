package org.badgemanager.ui.badges;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.LocalizedText;

/**
 * The badge table's rows made ahead, a few per pulse, while the table is still empty, so that the first badges to
 * come do not stall the window: making a screenful of rows at once (each row its skin and six cells, styled and laid
 * out) held the FX thread ~120-170 ms in the pulse that showed a portal's badges. Rows the table no longer needs stay
 * with it for reuse, so the first badges then go into rows made here.
 *
 * <p>Each step, in one go on the FX thread: the table is given sample rows and a height for just that many, made
 * to lay them out, then given its own (empty) items and height back. Nothing is drawn in between: the user sees
 * the empty table throughout. It stops once a screenful is made, or as soon as the table has rows of its own.
 */
final class RowsAhead {
    /** Rows made per pulse: about 15 ms each on a 2-core machine, so a step stays well under 100 ms. */
    static final int ROWS_PER_PULSE = 2;

    private final TableView<BadgeRow> table;
    private final String language;
    private int made;

    private RowsAhead(TableView<BadgeRow> table, String language) {
        this.table = table;
        this.language = language;
    }

    /** Starts it on a table that is showing, from the next pulse. FX thread. */
    static void start(TableView<BadgeRow> table, String language) {
        RowsAhead ahead = new RowsAhead(table, language);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!ahead.step()) {
                    stop();
                }
            }
        }.start();
    }

    /** One step; false when there is nothing (more) to do. */
    private boolean step() {
        int screenful = (int) Math.ceil((table.getHeight() - headerHeight()) / table.getFixedCellSize());
        if (!table.getItems().isEmpty() || made >= screenful || table.getScene() == null) {
            return false;
        }
        // the first row alone: it also pays what the first row, cell and chip of a process pay once
        made = Math.min(screenful, made == 0 ? 1 : made + ROWS_PER_PULSE);
        ObservableList<BadgeRow> own = table.getItems();
        double width = table.getWidth();
        double height = table.getHeight();
        table.setItems(samples(made));
        // tall enough for these rows and no more (half a row spare, so that no scroll bar is needed): the table
        // makes rows for its whole height at once
        table.resize(width, Math.min(height, headerHeight() + (made + 0.5) * table.getFixedCellSize()));
        table.applyCss();
        table.layout();
        table.setItems(own);
        table.resize(width, height);
        table.layout();
        return made < screenful;
    }

    private double headerHeight() {
        Region header = (Region) table.lookup(".column-header-background");
        return header == null ? table.getFixedCellSize() : header.getHeight();
    }

    /** Rows of every type in turn: each kind of chip is styled once here too. */
    private ObservableList<BadgeRow> samples(int count) {
        List<BadgeRow> rows = new ArrayList<>(count);
        BadgeType[] types = BadgeType.values();
        for (int i = 0; i < count; i++) {
            BadgeType type = types[i % types.length];
            rows.add(BadgeRow.of(new Badge("sample_" + i, LocalizedText.of("Sample"), LocalizedText.of("Sample"), type),
                    language));
        }
        return FXCollections.observableArrayList(rows);
    }
}
