package org.badgemanager.app;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.badgemanager.ui.common.Fxml;

/**
 * A large view built ahead of its first showing, on a worker: loaded (FXML), styled and laid out in a scene of
 * its own with the app's stylesheets, so that its controls' skins exist and its classes are loaded before the user
 * opens it. Nodes may be built and styled off the FX thread until they are in a showing window. Taken on the FX
 * thread when first shown; taken before the worker is done, it waits for the rest of the build, which is shorter
 * than building it there.
 */
final class ViewAhead {
    private final CompletableFuture<Parent> built;

    private ViewAhead(CompletableFuture<Parent> built) {
        this.built = built;
    }

    /** Starts building {@code view} on a worker of its own. */
    static ViewAhead start(String name, Supplier<Parent> view) {
        return new ViewAhead(StartupPreparation.onOwnThread(name, () -> {
            Parent root = view.get();
            Scene scratch = new Scene(root);
            scratch.getStylesheets().add(Fxml.stylesheet());
            root.applyCss();
            root.layout();
            scratch.setRoot(new javafx.scene.Group()); // lets go of the root, to be put into the window's scene
            return root;
        }));
    }

    /** The view, for the FX thread to put in the window. */
    Parent take() {
        return StartupPreparation.await(built);
    }
}
