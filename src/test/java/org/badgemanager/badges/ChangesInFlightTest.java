package org.badgemanager.badges;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What quitting waits for: idle only when every change that began has ended. */
class ChangesInFlightTest {
    private final ChangesInFlight changes = new ChangesInFlight();

    @Test
    void withNothingRunningQuittingNeedNotWait() {
        assertThat(changes.isIdle()).isTrue();
        assertThat(changes.whenIdle()).isDone();
    }

    @Test
    void idleOnlyOnceTheLastOfTwoOverlappingChangesEnds() {
        changes.enter();
        changes.enter();
        var idle = changes.whenIdle();
        assertThat(changes.isIdle()).isFalse();
        assertThat(idle).isNotDone();

        changes.exit();
        assertThat(changes.isIdle()).isFalse();
        assertThat(idle).as("one change still running").isNotDone();

        changes.exit();
        assertThat(changes.isIdle()).isTrue();
        assertThat(idle).isDone();
        assertThat(changes.whenIdle()).isDone();
    }

    @Test
    void aChangeAfterAnIdleMomentIsWaitedForAgain() {
        changes.enter();
        changes.exit();
        changes.enter();
        assertThat(changes.isIdle()).isFalse();
        assertThat(changes.whenIdle()).isNotDone();
        changes.exit();
        assertThat(changes.whenIdle()).isDone();
    }

    @Test
    void anUnmatchedExitNeverMakesTheCountNegative() {
        changes.exit();
        assertThat(changes.isIdle()).isTrue();
        changes.enter();
        assertThat(changes.isIdle()).as("one enter after a stray exit is a running change").isFalse();
        assertThat(changes.whenIdle()).isNotDone();
    }
}
