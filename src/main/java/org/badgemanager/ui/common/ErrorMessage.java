package org.badgemanager.ui.common;

import java.util.Locale;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.SecretMasker;
import org.badgemanager.locks.PortalBusyException;

/**
 * What an error popup shows: the Bitrix error code first, then the portal's description, then one line on
 * what to do, looked up by code in the resource bundle ({@code error.CODE.advice}).
 */
public record ErrorMessage(String code, String description, String advice) {

    public static ErrorMessage of(Throwable error, Messages messages) {
        Throwable root = unwrap(error);
        if (root instanceof PortalBusyException) {
            return new ErrorMessage(messages.get("portal.busy.code"), messages.get(PortalBusyException.MESSAGE_KEY),
                    messages.get("portal.busy.advice"));
        }
        if (root instanceof BitrixException e) {
            String code = e.code().isEmpty() ? messages.get("error.noCode") : e.code();
            String description = e.description().isEmpty() ? messages.get("error.noDescription") : held(e.description());
            return new ErrorMessage(code, description, adviceFor(e, messages));
        }
        return new ErrorMessage(messages.get("error.appCode"),
                root.getMessage() == null ? root.getClass().getSimpleName() : held(root.getMessage()),
                messages.get("error.app.advice"));
    }

    /**
     * A portal may quote the request back in its error text; a popup can end up in a screenshot or a support
     * ticket, so secrets are masked here as in the log: those the app holds, and any in the shape of one.
     */
    private static String held(String text) {
        return SecretMasker.mask(text);
    }

    private static String adviceFor(BitrixException e, Messages messages) {
        String key = "error." + e.code() + ".advice";
        if (!e.code().isEmpty() && messages.has(key)) {
            return messages.get(key);
        }
        String upper = "error." + e.code().toUpperCase(Locale.ROOT) + ".advice";
        if (!e.code().isEmpty() && messages.has(upper)) {
            return messages.get(upper);
        }
        return messages.get("error.general.advice");
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while (!(t instanceof BitrixException) && !(t instanceof PortalBusyException) && t.getCause() != null
                && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof BitrixException || t instanceof PortalBusyException ? t : error;
    }
}
