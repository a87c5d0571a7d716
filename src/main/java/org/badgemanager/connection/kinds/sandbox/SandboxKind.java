package org.badgemanager.connection.kinds.sandbox;

import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.connection.ConnectionDetails;
import org.badgemanager.connection.ConnectionKindSupport;
import org.badgemanager.connection.KindContext;
import org.badgemanager.connection.KindForm;
import org.badgemanager.connection.Opened;
import org.badgemanager.connection.Remembered;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.Profile;
import org.badgemanager.ui.common.Messages;

/** The demo portal on this computer: started on first use, forgotten at exit, nothing to fill in or keep secret. */
public final class SandboxKind implements ConnectionKindSupport {

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.SANDBOX;
    }

    @Override
    public KindForm newForm(Messages messages, KindContext context) {
        return new KindForm() {
            @Override
            public StringExpression problem() {
                return new SimpleStringProperty(null);
            }

            @Override
            public BooleanExpression complete() {
                return new SimpleBooleanProperty(true);
            }

            @Override
            public StringExpression addressNote() {
                return new SimpleStringProperty(null);
            }

            @Override
            public Observable[] inputs() {
                return new Observable[0];
            }

            @Override
            public void load(ConnectionDetails saved) {
                // nothing to show
            }

            @Override
            public ConnectionDetails toDetails() {
                return new SandboxDetails();
            }
        };
    }

    @Override
    public Node newView(KindForm form, Messages messages) {
        return SandboxView.create(messages);
    }

    @Override
    public boolean keepsSecrets() {
        return false;
    }

    @Override
    public Opened open(ConnectionDetails details, KindContext context) {
        WebhookConnection connection = WebhookConnection.parse(context.sandbox().webhookUrl());
        // the built-in sandbox forgets its badges when the app quits: a journal for it would outlive its portal
        return new Opened(connection, "Sandbox", details, null, false);
    }

    @Override
    public Remembered remember(ConnectionDetails details) {
        return new Remembered("Sandbox", Map.of(), Map.of());
    }

    @Override
    public ConnectionDetails restore(Profile profile, Map<String, String> secrets) {
        return new SandboxDetails();
    }

    @Override
    public boolean isComplete(Profile profile) {
        return true;
    }

    @Override
    public boolean canConnectUnattended(ConnectionDetails restored) {
        return true;
    }
}
