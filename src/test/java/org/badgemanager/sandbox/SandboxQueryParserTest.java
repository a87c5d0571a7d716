package org.badgemanager.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxQueryParserTest {

    @Test
    void bracketNotationBuildsNestedObjects() {
        var params = PhpQueryParser.parse("title[en]=Alarm&filter[>ID]=5&filter[@TYPE_ID][]=1&filter[@TYPE_ID][]=2");

        assertThat(params.toString()).isEqualTo(
                "{\"title\":{\"en\":\"Alarm\"},\"filter\":{\">ID\":\"5\",\"@TYPE_ID\":[\"1\",\"2\"]}}");
    }

    @Test
    void numericKeysInOrderBecomeArraysOthersStayObjects() {
        assertThat(PhpQueryParser.parse("select[0]=ID&select[1]=SUBJECT").toString())
                .isEqualTo("{\"select\":[\"ID\",\"SUBJECT\"]}");
        assertThat(PhpQueryParser.parse("cmd[1]=a&cmd[0]=b").toString())
                .isEqualTo("{\"cmd\":{\"1\":\"a\",\"0\":\"b\"}}");
    }

    @Test
    void valuesAreUrlDecodedAndPlainKeysKept() {
        var params = PhpQueryParser.parse("a=x%26y&b=hello+world&c&d=%E2%82%AC");

        assertThat(params.get("a").asText()).isEqualTo("x&y");
        assertThat(params.get("b").asText()).isEqualTo("hello world");
        assertThat(params.get("c").asText()).isEmpty();
        assertThat(params.get("d").asText()).isEqualTo("€");
    }
}
