package org.badgemanager.reliability;

import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.bitrix.WebhookConnection;

/**
 * Run in a child JVM with a small heap by {@link SlowAndHugeAnswersTest}: lists badges from the webhook in its
 * argument with the app's default options, and prints the code it got. Exits 0 whenever the call ended.
 */
public final class EndlessAnswerMain {
    private EndlessAnswerMain() {
    }

    public static void main(String[] args) {
        BitrixClient client = new BitrixClient(WebhookConnection.parse(args[0]), ClientOptions.defaults());
        try {
            client.call("crm.activity.badge.list");
            System.out.println("code=none");
        } catch (BitrixException e) {
            System.out.println("code=" + e.code());
            System.out.println("description=" + e.description());
        }
        System.out.println("calls=" + client.requestLog().entries().size());
    }
}
