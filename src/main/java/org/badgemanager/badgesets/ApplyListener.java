package org.badgemanager.badgesets;

/**
 * Told of the run's progress after each step or batch, on the applying (background) thread: hop to the FX thread
 * yourself. {@code latest} are the outcomes settled since the last call.
 */
@FunctionalInterface
public interface ApplyListener {
    ApplyListener NONE = (done, total, latest) -> { };

    void progress(int done, int total, java.util.List<StepOutcome> latest);
}
