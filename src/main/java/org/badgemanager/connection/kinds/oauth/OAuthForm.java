package org.badgemanager.connection.kinds.oauth;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.badgemanager.bitrix.EndpointAddress;
import org.badgemanager.bitrix.InvalidAddressException;
import org.badgemanager.connection.ConnectionDetails;
import org.badgemanager.connection.KindForm;
import org.badgemanager.connection.PortalTrust;
import org.badgemanager.ui.common.Messages;

/**
 * The OAuth app's part of the form: portal address, client id and client secret, entered once; the handler address
 * to register in the local app; and, while a sign-in waits, the place to paste the address the browser ended on.
 * Tokens are never typed: they come from the sign-in and stay here, off the screen.
 */
public final class OAuthForm implements KindForm {
    static final int DEFAULT_HANDLER_PORT = 47613;
    private final StringProperty portal = new SimpleStringProperty("");
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty clientSecret = new SimpleStringProperty("");
    private final IntegerProperty handlerPort = new SimpleIntegerProperty();
    private final ObjectProperty<PortalTrust> trust = new SimpleObjectProperty<>(PortalTrust.DEFAULT);
    /** The signed-in details, while they still match what the fields say; else null. */
    private final ObjectProperty<OAuthDetails> signedIn = new SimpleObjectProperty<>();
    private final StringProperty pasted = new SimpleStringProperty("");
    private final StringProperty pasteNote = new SimpleStringProperty("");
    private final Messages messages;
    private final SignInDesk desk;
    private final StringBinding problem;
    private final BooleanBinding complete;
    private final StringBinding addressNote;
    private final StringBinding handlerAddress;
    private final BooleanBinding signedInBinding = signedIn.isNotNull();

    OAuthForm(Messages messages, SignInDesk desk) {
        this.messages = messages;
        this.desk = desk;
        handlerPort.set(freePort());
        problem = Bindings.createStringBinding(this::describeProblem, portal, trust);
        complete = Bindings.createBooleanBinding(() -> describeProblem() == null && !blank(portal)
                && !blank(clientId) && !blank(clientSecret), portal, trust, clientId, clientSecret);
        addressNote = Bindings.createStringBinding(this::describeAddressUsed, portal);
        handlerAddress = Bindings.createStringBinding(() -> "http://127.0.0.1:" + handlerPort.get() + "/", handlerPort);
        for (Observable input : new Observable[] {portal, clientId, clientSecret, trust}) {
            // tokens belong to the app and portal they were issued for
            input.addListener(o -> forgetSignInUnlessSame());
        }
    }

    /**
     * The port of a new profile's handler address: the same for every new profile while it is free (the listener
     * runs only during a sign-in, so profiles can share it, and an admin who closes the dialog half-way through
     * creating the local app finds the address unchanged), else one nobody uses now. Kept with the profile, since
     * the local app's handler address names it.
     */
    private static int freePort() {
        for (int candidate : new int[] {DEFAULT_HANDLER_PORT, 0}) {
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try the next
            }
        }
        return DEFAULT_HANDLER_PORT;
    }

    private void forgetSignInUnlessSame() {
        OAuthDetails was = signedIn.get();
        if (was != null && !(EndpointAddress.trim(portal.get()).equals(EndpointAddress.trim(was.portal()))
                && EndpointAddress.trim(clientId.get()).equals(EndpointAddress.trim(was.clientId()))
                && EndpointAddress.trim(clientSecret.get()).equals(EndpointAddress.trim(was.clientSecret()))
                && trust.get().equals(was.trust()))) {
            signedIn.set(null);
        }
    }

    private String describeProblem() {
        if (blank(portal)) {
            return null; // nothing typed yet: nothing to shout about
        }
        try {
            OAuthKind.portalAddress(portal.get(), trust.get().plainHttp());
            return null;
        } catch (InvalidAddressException e) {
            return switch (e.problem()) {
                case USER_INFO, BAD_PORT -> messages.get("oauth.problem." + e.problem());
                default -> messages.get("oauth.problem.portal");
            };
        }
    }

    private String describeAddressUsed() {
        try {
            String used = OAuthKind.portalAddress(portal.get(), true).getHost();
            String typed = EndpointAddress.trim(portal.get());
            return used.equals(EndpointAddress.typedHost(typed.contains("://") ? typed : "https://" + typed)) ? null
                    : messages.get("connection.hostUsed", used);
        } catch (InvalidAddressException e) {
            return null;
        }
    }

    /** Hands the pasted address to the sign-in that waits for it. */
    public void usePasted() {
        boolean taken = desk.offerPasted(pasted.get());
        pasteNote.set(taken ? "" : messages.get(desk.isWaiting() ? "oauth.paste.noCode" : "oauth.paste.notWaiting"));
        if (taken) {
            pasted.set("");
        }
    }

    @Override
    public StringBinding problem() {
        return problem;
    }

    @Override
    public BooleanBinding complete() {
        return complete;
    }

    @Override
    public StringBinding addressNote() {
        return addressNote;
    }

    @Override
    public Observable[] inputs() {
        return new Observable[] {portal, clientId, clientSecret, trust};
    }

    @Override
    public void load(ConnectionDetails saved) {
        signedIn.set(null);
        if (saved instanceof OAuthDetails app) {
            portal.set(orEmpty(app.portal()));
            clientId.set(orEmpty(app.clientId()));
            clientSecret.set(orEmpty(app.clientSecret()));
            trust.set(app.trust());
            if (app.handlerPort() > 0) {
                handlerPort.set(app.handlerPort());
            }
            signedIn.set(app.signedIn() ? app : null);
        } else {
            portal.set("");
            clientId.set("");
            clientSecret.set("");
            trust.set(PortalTrust.DEFAULT);
            handlerPort.set(freePort());
        }
        pasted.set("");
        pasteNote.set("");
    }

    @Override
    public OAuthDetails toDetails() {
        OAuthDetails was = signedIn.get();
        return new OAuthDetails(EndpointAddress.trim(portal.get()), EndpointAddress.trim(clientId.get()),
                EndpointAddress.trim(clientSecret.get()), handlerPort.get(), was == null ? null : was.tokens(),
                was == null ? null : was.clientEndpoint(), was == null ? null : was.serverEndpoint(), trust.get());
    }

    private static boolean blank(StringProperty p) {
        return p.get() == null || p.get().isBlank();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty portalProperty() { return portal; }
    public StringProperty clientIdProperty() { return clientId; }
    public StringProperty clientSecretProperty() { return clientSecret; }
    public IntegerProperty handlerPortProperty() { return handlerPort; }
    public ObjectProperty<PortalTrust> trustProperty() { return trust; }
    public StringProperty pastedProperty() { return pasted; }
    public StringProperty pasteNoteProperty() { return pasteNote; }
    public StringBinding handlerAddress() { return handlerAddress; }
    public BooleanBinding signedInProperty() { return signedInBinding; }

    @Override
    public BooleanBinding needsSignIn() {
        return signedInBinding.not();
    }
}
