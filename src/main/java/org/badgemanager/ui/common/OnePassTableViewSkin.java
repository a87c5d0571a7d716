package org.badgemanager.ui.common;

import javafx.beans.InvalidationListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A table skin that styles a changed row once per frame instead of twice.
 *
 * <p>When the number of rows changes (each search keystroke, each page of activities), JavaFX's
 * {@link VirtualFlow} lays its rows out at once, inside the change, and restyles every row whose content changed;
 * the frame's own layout pass then finds those rows still waiting for their layout and restyles them all again.
 * Styling a row is most of what a keystroke costs over a large table (measured: 40 row restylings per keystroke
 * for 20 visible rows, then 20). This skin finishes the rows' layout right after that early pass, so the frame's
 * pass finds nothing left to do. Nothing else differs from the default skin.
 */
public final class OnePassTableViewSkin<S> extends TableViewSkin<S> {

    public OnePassTableViewSkin(TableView<S> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<S>> createVirtualFlow() {
        return new RowsLaidOutOnCountChange<>();
    }

    private static final class RowsLaidOutOnCountChange<C extends IndexedCell<?>> extends VirtualFlow<C> {
        RowsLaidOutOnCountChange() {
            // a listener runs after the count's own reaction, which is the early layout
            cellCountProperty().addListener((InvalidationListener) count -> {
                for (C row : getCells()) {
                    if (row.isNeedsLayout()) {
                        row.layout();
                    }
                }
            });
        }
    }
}
