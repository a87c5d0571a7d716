package org.badgemanager.app;

import java.util.Locale;
import javafx.application.Platform;
import org.badgemanager.bitrix.PacingListener;
import org.badgemanager.session.PortalSession;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;

/** Says once per session, in the window's notices, that the client slowed down because the portal refused. */
final class PacingNotices {
    private PacingNotices() {
    }

    static void watch(PortalSession session, Notifier notifier, Messages messages) {
        session.client().pacing().listen(new PacingListener() {
            @Override
            public void steppedDown(double fromPerSecond, double toPerSecond) {
                Platform.runLater(() -> notifier.showInfo(messages.get("pacing.steppedDown",
                        rate(fromPerSecond), rate(toPerSecond))));
            }
        });
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond == Math.rint(perSecond) ? "%.0f" : "%.2f", perSecond);
    }
}
