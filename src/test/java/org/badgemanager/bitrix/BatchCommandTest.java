package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class BatchCommandTest {

    @Test
    void listCommandWithFilterSelectOrderAndStart() {
        ObjectNode params = (ObjectNode) Json.parse("{\"filter\":{\"OWNER_TYPE_ID\":2,\">ID\":100},"
                + "\"select\":[\"ID\",\"SUBJECT\"],\"order\":{\"ID\":\"ASC\"},\"start\":-1}");
        BatchCommand command = new BatchCommand("cmd_0", "crm.activity.list", params);

        assertThat(command.encoded()).isEqualTo("crm.activity.list?"
                + "filter%5BOWNER_TYPE_ID%5D=2&filter%5B%3EID%5D=100"
                + "&select%5B0%5D=ID&select%5B1%5D=SUBJECT"
                + "&order%5BID%5D=ASC&start=-1");
    }

    @Test
    void badgeAddWithLanguageMapAndAmpersandInValue() {
        ObjectNode params = (ObjectNode) Json.parse("{\"code\":\"x\",\"title\":{\"en\":\"Alarm & more\","
                + "\"de\":\"Achtung\"},\"value\":\"NEW\",\"type\":\"warning\"}");

        assertThat(new BatchCommand("a", "crm.activity.badge.add", params).encoded())
                .isEqualTo("crm.activity.badge.add?code=x&title%5Ben%5D=Alarm+%26+more"
                        + "&title%5Bde%5D=Achtung&value=NEW&type=warning");
    }

    @Test
    void noParametersMeansNoQuestionMark() {
        assertThat(new BatchCommand("l", "crm.activity.badge.list", Json.object()).encoded())
                .isEqualTo("crm.activity.badge.list");
        assertThat(new BatchCommand("l", "crm.activity.badge.list", null).encoded())
                .isEqualTo("crm.activity.badge.list");
    }

    @Test
    void onlyNullParametersMeansNoQuestionMark() {
        ObjectNode params = Json.object();
        params.putNull("id");
        assertThat(new BatchCommand("d", "crm.activity.delete", params).encoded()).isEqualTo("crm.activity.delete");
    }

    @Test
    void deleteById() {
        ObjectNode params = Json.object();
        params.put("id", 999);
        assertThat(new BatchCommand("d", "crm.activity.delete", params).encoded())
                .isEqualTo("crm.activity.delete?id=999");
    }
}
