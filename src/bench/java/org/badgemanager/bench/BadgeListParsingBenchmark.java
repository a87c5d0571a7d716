package org.badgemanager.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.badgemanager.badges.Badge;
import org.badgemanager.bitrix.HttpTransport;
import org.badgemanager.bitrix.Json;
import org.badgemanager.bitrix.ResponseParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Hot path of a refresh: the answer of crm.activity.badge.list with 10 000 badges, parsed to badges. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BadgeListParsingBenchmark {
    private HttpTransport.Reply reply;

    @Setup
    public void answer() {
        reply = new HttpTransport.Reply(200, Json.write(BenchData.badgeListAnswer(10_000)), null);
    }

    @Benchmark
    public List<Badge> parseTenThousandBadges() {
        JsonNode badges = ResponseParser.parse("crm.activity.badge.list", reply).result().path("badges");
        List<Badge> out = new ArrayList<>(badges.size());
        for (JsonNode node : badges) {
            out.add(Badge.fromJson(node));
        }
        return out;
    }
}
