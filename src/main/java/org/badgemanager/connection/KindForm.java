package org.badgemanager.connection;

import javafx.beans.Observable;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringExpression;

/**
 * One kind's part of the connection form (a view model: properties and rules, no scene graph). The dialog shows
 * the form of the chosen kind and asks it whether it can connect.
 */
public interface KindForm {

    /** A problem to show under the fields, or null. Says nothing about a field that is still empty. */
    StringExpression problem();

    /** True when everything needed is filled in and valid. */
    BooleanExpression complete();

    /** A note on the address in use (e.g. the punycode form of a host typed in another script), or null. */
    StringExpression addressNote();

    /** The inputs whose change makes an earlier test result stale. */
    Observable[] inputs();

    /** True when connecting first signs in through the browser (the dialog's button says so). */
    default BooleanExpression needsSignIn() {
        return new javafx.beans.property.SimpleBooleanProperty(false);
    }

    /** Fills the form from saved details; null empties it for a new profile. */
    void load(ConnectionDetails saved);

    /** What the form holds now. */
    ConnectionDetails toDetails();
}
