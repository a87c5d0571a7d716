package org.badgemanager.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Expected strings are written by hand from PHP's documented {@code http_build_query} / {@code urlencode}
 * behaviour: ASCII letters, digits and {@code -_.} stay as they are, a space becomes {@code +}, every other
 * byte of the UTF-8 form becomes {@code %XX} in upper case; booleans become 1/0, nulls and empty arrays are
 * left out, nested keys use brackets (which are themselves encoded).
 */
class QueryEncoderTest {

    private static ObjectNode json(String text) {
        return (ObjectNode) Json.parse(text);
    }

    @Test
    void flatStringsAndNumbers() {
        assertThat(QueryEncoder.encode(json("{\"code\":\"missedCall\",\"id\":999,\"start\":-1}")))
                .isEqualTo("code=missedCall&id=999&start=-1");
    }

    @Test
    void nestedMapKeysAreBracketedAndEncoded() {
        assertThat(QueryEncoder.encode(json("{\"filter\":{\">ID\":100}}")))
                .isEqualTo("filter%5B%3EID%5D=100");
    }

    @Test
    void nestedMapWithSeveralOperators() {
        assertThat(QueryEncoder.encode(json(
                "{\"filter\":{\"OWNER_TYPE_ID\":2,\">=ID\":5,\"!@TYPE_ID\":[1,2],\"%=SUBJECT\":\"a\"}}")))
                .isEqualTo("filter%5BOWNER_TYPE_ID%5D=2"
                        + "&filter%5B%3E%3DID%5D=5"
                        + "&filter%5B%21%40TYPE_ID%5D%5B0%5D=1"
                        + "&filter%5B%21%40TYPE_ID%5D%5B1%5D=2"
                        + "&filter%5B%25%3DSUBJECT%5D=a");
    }

    @Test
    void arraysAreIndexed() {
        assertThat(QueryEncoder.encode(json("{\"select\":[\"ID\",\"SUBJECT\"]}")))
                .isEqualTo("select%5B0%5D=ID&select%5B1%5D=SUBJECT");
    }

    @Test
    void mapsInsideArrays() {
        assertThat(QueryEncoder.encode(json(
                "{\"filter\":{\"BINDINGS\":[{\"OWNER_TYPE_ID\":2,\"OWNER_ID\":5},{\"OWNER_ID\":7}]}}")))
                .isEqualTo("filter%5BBINDINGS%5D%5B0%5D%5BOWNER_TYPE_ID%5D=2"
                        + "&filter%5BBINDINGS%5D%5B0%5D%5BOWNER_ID%5D=5"
                        + "&filter%5BBINDINGS%5D%5B1%5D%5BOWNER_ID%5D=7");
    }

    @Test
    void booleansBecomeOneAndZero() {
        assertThat(QueryEncoder.encode(json("{\"halt\":true,\"flag\":false,\"f\":{\"x\":true}}")))
                .isEqualTo("halt=1&flag=0&f%5Bx%5D=1");
    }

    @Test
    void nullsAreSkippedAtEveryLevel() {
        assertThat(QueryEncoder.encode(json(
                "{\"a\":null,\"b\":\"x\",\"c\":{\"d\":null,\"e\":\"y\"},\"f\":[null,\"z\"]}")))
                .isEqualTo("b=x&c%5Be%5D=y&f%5B1%5D=z");
    }

    @Test
    void emptyArraysAndMapsProduceNothing() {
        assertThat(QueryEncoder.encode(json("{\"select\":[],\"filter\":{},\"a\":\"1\"}"))).isEqualTo("a=1");
    }

    @Test
    void emptyStringValueKeepsTheKey() {
        assertThat(QueryEncoder.encode(json("{\"badgeCode\":\"\"}"))).isEqualTo("badgeCode=");
    }

    @Test
    void spaceIsPlusAndReservedCharactersArePercentEncoded() {
        assertThat(QueryEncoder.encode(json("{\"q\":\"a b&c=d+e/f?g#h%i\"}")))
                .isEqualTo("q=a+b%26c%3Dd%2Be%2Ff%3Fg%23h%25i");
    }

    @Test
    void asteriskAndTildeAreEncodedLikePhpUrlencode() {
        assertThat(QueryEncoder.encode(json("{\"select\":[\"*\"],\"t\":\"~x~\"}")))
                .isEqualTo("select%5B0%5D=%2A&t=%7Ex%7E");
    }

    @Test
    void unreservedCharactersStayAsTheyAre() {
        assertThat(QueryEncoder.encode(json("{\"k\":\"AZaz09-_.\"}"))).isEqualTo("k=AZaz09-_.");
    }

    @Test
    void otherPunctuationIsEncodedInUpperCaseHex() {
        assertThat(QueryEncoder.encode(json("{\"p\":\"!'()$,;:@\\\"<>\"}")))
                .isEqualTo("p=%21%27%28%29%24%2C%3B%3A%40%22%3C%3E");
    }

    @Test
    void cyrillicIsEncodedAsUtf8Bytes() {
        // П D0 9F, р D1 80, о D0 BE, п D0 BF, у D1 83, щ D1 89, е D0 B5, н D0 BD, н D0 BD, ы D1 8B, й D0 B9
        assertThat(QueryEncoder.encode(json("{\"value\":\"Пропущенный\"}")))
                .isEqualTo("value=%D0%9F%D1%80%D0%BE%D0%BF%D1%83%D1%89%D0%B5%D0%BD%D0%BD%D1%8B%D0%B9");
    }

    @Test
    void cyrillicInKeysOfALanguageMap() {
        assertThat(QueryEncoder.encode(json("{\"title\":{\"ru\":\"Звонок\",\"en\":\"Call\"}}")))
                .isEqualTo("title%5Bru%5D=%D0%97%D0%B2%D0%BE%D0%BD%D0%BE%D0%BA&title%5Ben%5D=Call");
    }

    @Test
    void keysAreEncodedToo() {
        assertThat(QueryEncoder.encode(json("{\"a b\":\"1\",\"c&d\":\"2\"}"))).isEqualTo("a+b=1&c%26d=2");
    }

    @Test
    void batchReferenceIsEncodedOnce() {
        assertThat(QueryEncoder.encode(json("{\"filter\":{\">ID\":\"$result[cmd_0][49][ID]\"}}")))
                .isEqualTo("filter%5B%3EID%5D=%24result%5Bcmd_0%5D%5B49%5D%5BID%5D");
    }

    @Test
    void emptyObjectAndNullGiveEmptyString() {
        assertThat(QueryEncoder.encode(Json.object())).isEmpty();
        assertThat(QueryEncoder.encode(null)).isEmpty();
    }

    @Test
    void orderOfKeysIsKept() {
        assertThat(QueryEncoder.encode(json("{\"z\":1,\"a\":2,\"m\":3}"))).isEqualTo("z=1&a=2&m=3");
    }

    @Test
    void urlencodeHelperMatchesPhp() {
        assertThat(QueryEncoder.urlencode("a*b ~c")).isEqualTo("a%2Ab+%7Ec");
    }
}
