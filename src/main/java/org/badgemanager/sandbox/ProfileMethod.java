package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code profile}: who the caller is (scope basic). The app's "Test connection" asks this. */
final class ProfileMethod implements RestMethod {
    static final String NAME = "profile";
    private static final String[][] NAMES = {{"1", "Anna", "Admin"}, {"3", "Boris", "Sales"},
            {"5", "Chen", "Support"}, {"7", "Dmitry", "Manager"}};

    @Override
    public MethodResult call(MethodCall call) {
        ObjectNode me = Json.MAPPER.createObjectNode();
        String id = String.valueOf(call.caller().userId());
        me.put("ID", id);
        me.put("ADMIN", call.caller().crmAdmin());
        for (String[] user : NAMES) {
            if (user[0].equals(id)) {
                me.put("NAME", user[1]);
                me.put("LAST_NAME", user[2]);
            }
        }
        me.put("PERSONAL_GENDER", "");
        me.put("TIME_ZONE", "Europe/Moscow");
        return MethodResult.of(me);
    }
}
