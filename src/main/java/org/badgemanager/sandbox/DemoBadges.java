package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.List;

/** The demo portal's badges: the docs' {@code missedCall} plus a mix of plain and multi-language ones. */
final class DemoBadges {

    static final String MISSED_CALL = "missedCall";
    static final String DELIVERY_DELAYED = "deliveryDelayed";

    private DemoBadges() {
    }

    static List<SandboxBadge> all() {
        return List.of(
                new SandboxBadge(MISSED_CALL, text("Call Status"), text("Missed"), "failure"),
                new SandboxBadge("paymentOverdue", enRu("Payment", "Оплата"), enRu("Overdue", "Просрочено"),
                        "warning"),
                new SandboxBadge("vipClient", enRu("Client", "Клиент"), enRu("VIP", "VIP"), "primary"),
                new SandboxBadge("contractSigned", enRu("Contract", "Договор"), enRu("Signed", "Подписан"),
                        "success"),
                new SandboxBadge("awaitingReply", enRu("Correspondence", "Переписка"),
                        enRu("Awaiting reply", "Ждём ответа"), "secondary"),
                new SandboxBadge(DELIVERY_DELAYED, enRuDe("Delivery", "Доставка", "Lieferung"),
                        enRuDe("Delayed", "Задержка", "Verspätet"), "failure"),
                new SandboxBadge("demoScheduled", text("Product demo"), text("Scheduled"), "primary"));
    }

    private static JsonNode text(String text) {
        return TextNode.valueOf(text);
    }

    private static ObjectNode enRu(String en, String ru) {
        ObjectNode map = Json.object();
        map.put("en", en);
        map.put("ru", ru);
        return map;
    }

    private static ObjectNode enRuDe(String en, String ru, String de) {
        ObjectNode map = enRu(en, ru);
        map.put("de", de);
        return map;
    }
}
