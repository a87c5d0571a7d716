package org.badgemanager.ui.common;

import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A table skin that restyles a reused row at most once per frame, and only when the row's own state changed.
 * Restyling rows was most of what a search keystroke cost over 10 000 badges.
 *
 * <p>Once per frame: when the number of rows changes (each search keystroke), JavaFX's {@link VirtualFlow} lays
 * its rows out at once, inside the change, and restyles every row whose content changed; the frame's own layout
 * pass then finds those rows still waiting for their layout and restyles them all again. This skin finishes the
 * rows' layout right after that early pass, so the frame's pass has nothing left to do.
 *
 * <p>Only when needed: {@code VirtualFlow} also restyles a reused row whole, every node of it, whenever the row
 * shows another item, although a new item rarely changes how anything looks. Here a reused row is restyled when
 * its own state changes ({@code :odd}, {@code :selected}, {@code :empty}…), which also restyles its cells;
 * otherwise only what marked itself changed is restyled, in the next frame. So a cell that changes its own look
 * for a new item (a pseudo-class, a style class) must apply it at once itself, as {@link BadgeChip#show} does,
 * or it would be drawn once in its old look: a table whose cells do not must keep the default skin.
 */
public final class OnePassTableViewSkin<S> extends TableViewSkin<S> {

    public OnePassTableViewSkin(TableView<S> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<S>> createVirtualFlow() {
        return new RowFlow<>();
    }

    private static final class RowFlow<C extends IndexedCell<?>> extends VirtualFlow<C> {
        RowFlow() {
            // a listener runs after the count's own reaction, which is the early layout
            cellCountProperty().addListener((InvalidationListener) count -> {
                for (C row : getCells()) {
                    if (row.isNeedsLayout()) {
                        row.layout();
                    }
                }
            });
        }

        @Override
        protected void setCellIndex(C row, int index) {
            // a row without a skin is new: the default styles it whole, which also makes its skin
            if (row.getSkin() == null || row.getScene() == null) {
                super.setCellIndex(row, index);
                return;
            }
            Set<PseudoClass> before = Set.copyOf(row.getPseudoClassStates());
            row.updateIndex(index);
            if (!before.equals(row.getPseudoClassStates())) {
                row.applyCss();
            }
        }
    }
}
