package org.badgemanager.app;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.Tab;

/**
 * A tab's large view built ahead of its first opening: loaded (FXML: its nodes made, its classes loaded) on a
 * worker, bound to its model on the FX thread (the model's listener lists are the FX thread's), then put into the tab while the tab is not selected, a piece per pulse ({@link PiecewiseAttach}), so it is
 * styled and laid out on the FX thread without a long stall, before the user opens it. Not styled on the worker:
 * text is measured through a text layout the controls share with the FX thread (styling a view on a worker while
 * the badge table was laid out broke that layout in a test). Opened before it is all in, the rest goes in at once;
 * opened before the worker is done, it waits for the rest of the build, which is shorter than building it there.
 */
final class ViewAhead {
    private final Tab tab;
    private final Supplier<Parent> bound;
    private Parent root;
    private PiecewiseAttach pieces;

    private <V> ViewAhead(Tab tab, CompletableFuture<V> built, Supplier<V> load, Function<V, Parent> bind) {
        this.tab = tab;
        // FX thread: the loaded view, bound to its model here; if loading it on the worker failed, loaded here
        this.bound = () -> {
            V view;
            try {
                view = StartupPreparation.await(built);
            } catch (RuntimeException failedAhead) {
                System.getLogger(ViewAhead.class.getName()).log(System.Logger.Level.WARNING,
                        "The view built ahead failed; building it on opening", failedAhead);
                view = load.get();
            }
            return bind.apply(view);
        };
    }

    /**
     * Starts loading a view on a worker of its own, for {@code tab}: {@code load} makes its nodes (any thread, the
     * live model untouched), {@code bind} binds it to its model and gives its root (FX thread). Its pieces go in
     * once it is loaded and bound and {@code after} is true (e.g. the badges are shown: the pieces then never share
     * a pulse with the badge table's first rows), from the second pulse after. FX thread.
     */
    static <V> ViewAhead intoTab(Tab tab, String name, Supplier<V> load, Function<V, Parent> bind,
                                 ObservableBooleanValue after) {
        CompletableFuture<V> loading = StartupPreparation.onOwnThread(name, load);
        ViewAhead ahead = new ViewAhead(tab, loading, load, bind);
        loading.whenComplete((view, error) -> Platform.runLater(() -> whenTrue(after, () -> afterPulses(2,
                ahead::putInPieces))));
        return ahead;
    }

    private Parent root() {
        if (root == null) {
            root = bound.get();
        }
        return root;
    }

    private void putInPieces() {
        if (tab.getContent() == null) { // else opened meanwhile, and put in whole
            pieces = PiecewiseAttach.start(root(), tab::setContent);
        }
    }

    private static void whenTrue(ObservableBooleanValue condition, Runnable then) {
        if (condition.get()) {
            then.run();
            return;
        }
        condition.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    condition.removeListener(this);
                    then.run();
                }
            }
        });
    }

    private static void afterPulses(int pulses, Runnable then) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen == pulses) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /** The tab is opening: all of its view in it now. FX thread. */
    void open() {
        if (tab.getContent() == null) {
            tab.setContent(root());
        } else if (pieces != null) {
            pieces.finish();
        }
    }

    /** Whether the whole view is in the tab (styled, and laid out at the next pulse). */
    boolean isIn() {
        return tab.getContent() != null && (pieces == null || pieces.isDone());
    }
}
