package org.badgemanager.locks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.badgemanager.testutil.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal lock's own rules: shared within a process, one file per portal, never a reason to stop all work. */
class PortalLocksTest {
    @TempDir
    Path data;

    @Test
    void withinOneProcessRunsShareTheLockAndAnotherProcessGetsItOnlyWhenTheLastOneEnds() throws Exception {
        PortalLocks locks = PortalLocks.in(data);
        PortalLocks.Hold apply = locks.hold("https://a.example.com:443");
        PortalLocks.Hold delete = locks.hold("https://a.example.com:443");
        apply.close();
        apply.close(); // twice is harmless and does not let the other run's hold go

        try (ChildJvm refused = ChildJvm.start(PortalLockHolder.class, data, data.toString(),
                "https://a.example.com:443")) {
            refused.awaitLine("BUSY", Duration.ofSeconds(60));
        }
        delete.close();
        try (ChildJvm other = ChildJvm.start(PortalLockHolder.class, data, data.toString(),
                "https://a.example.com:443")) {
            other.awaitLine("HELD", Duration.ofSeconds(60));
            assertThatThrownBy(() -> locks.hold("https://a.example.com:443"))
                    .isInstanceOf(PortalBusyException.class);
            try (PortalLocks.Hold otherPortal = locks.hold("https://b.example.com:443")) {
                assertThat(otherPortal).isNotNull(); // another portal is not affected
            }
            other.kill();
        }
        try (PortalLocks.Hold again = locks.hold("https://a.example.com:443")) {
            assertThat(Files.list(data.resolve(PortalLocks.FOLDER)).map(p -> p.getFileName().toString()))
                    .contains("https___a.example.com_443.lock", "https___b.example.com_443.lock");
        }
    }

    @Test
    void whereNoLockCanBeMadeTheWorkGoesOnWithoutIt() throws Exception {
        Files.writeString(data.resolve(PortalLocks.FOLDER), "not a folder");

        try (PortalLocks.Hold hold = PortalLocks.in(data).hold("https://a.example.com:443")) {
            assertThat(hold).isNotNull();
        }
    }
}
