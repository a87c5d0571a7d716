package org.badgemanager.app;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * A large view built ahead of its first showing, on a worker: loaded (FXML: its nodes made, its classes loaded)
 * before the user opens it; styled and laid out on the FX thread when it goes in. Nodes may be made off the FX
 * thread until they are in a showing window, but not styled or laid out there while the window is in use: text is
 * measured through a text layout the controls share with the FX thread (styling a view on a worker while the
 * badge table was laid out broke that layout in a test). Taken before the worker is done, it waits for the rest of
 * the build, which is shorter than building it there.
 */
final class ViewAhead {
    private final CompletableFuture<Parent> built;

    private ViewAhead(CompletableFuture<Parent> built) {
        this.built = built;
    }

    /** Starts building {@code view} on a worker of its own. */
    static ViewAhead start(String name, Supplier<Parent> view) {
        return new ViewAhead(StartupPreparation.onOwnThread(name, view));
    }

    /** The view, for the FX thread to put in the window. */
    Parent take() {
        return StartupPreparation.await(built);
    }
}
