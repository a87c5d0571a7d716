package org.badgemanager.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.badgemanager.bitrix.BatchCommand;
import org.badgemanager.bitrix.Json;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Hot path of a bulk run: one batch body of 50 commands, encoded like http_build_query and serialized. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BatchEncodingBenchmark {
    private List<BatchCommand> deletes;
    private List<BatchCommand> badgeAdds;

    @Setup
    public void commands() {
        deletes = new ArrayList<>();
        badgeAdds = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            deletes.add(new BatchCommand("a" + i, "crm.activity.delete", Json.object().put("id", 100_000 + i)));
            badgeAdds.add(new BatchCommand("b" + i, "crm.activity.badge.add", BenchData.badge(i)));
        }
    }

    @Benchmark
    public String encodeFiftyDeletes() {
        return body(deletes);
    }

    @Benchmark
    public String encodeFiftyBadgeAddsWithLanguageMaps() {
        return body(badgeAdds);
    }

    private static String body(List<BatchCommand> commands) {
        ObjectNode cmd = Json.object();
        for (BatchCommand c : commands) {
            cmd.put(c.name(), c.encoded());
        }
        ObjectNode params = Json.object().put("halt", 0);
        params.set("cmd", cmd);
        return Json.write(params);
    }
}
