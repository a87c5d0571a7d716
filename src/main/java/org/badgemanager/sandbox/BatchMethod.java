package org.badgemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code batch}: up to 50 commands run one after another through the same methods, with the caller of the outer
 * request. The whole batch is one request for the rate limit and for faults; for the operating limit the batch
 * itself is free and each command is charged to its own method (DOC batch.md).
 */
final class BatchMethod implements RestMethod {

    static final String NAME = "batch";
    static final int MAX_COMMANDS = 50;

    private final MethodRegistry registry;
    private final OperatingMeter meter;
    private final boolean perCommandOperating;

    BatchMethod(MethodRegistry registry, OperatingMeter meter, boolean perCommandOperating) {
        this.registry = registry;
        this.meter = meter;
        this.perCommandOperating = perCommandOperating;
    }

    @Override
    public MethodResult call(MethodCall call) {
        Map<String, String> commands = commands(Params.get(call.params(), "cmd"));
        if (commands.size() > MAX_COMMANDS) {
            throw RestError.badRequest("ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded");
        }
        boolean halt = Params.flag(Params.get(call.params(), "halt"));
        BatchSections sections = new BatchSections();
        for (Map.Entry<String, String> entry : commands.entrySet()) {
            String name = entry.getKey();
            Instant start = Instant.now();
            try {
                BatchCommand command = BatchCommand.parse(name, entry.getValue(), sections.results());
                MethodResult result = run(command, call.caller());
                OperatingMeter.Usage usage = meter.charge(command.method(), command.params(), result);
                sections.success(name, result, start, Instant.now(), usage, perCommandOperating);
            } catch (RestError error) {
                sections.failure(name, error);
                if (halt) {
                    break;
                }
            }
        }
        return MethodResult.of(sections.toJson());
    }

    private MethodResult run(BatchCommand command, Caller caller) {
        if (command.method().equals(NAME)) {
            throw new RestError(405, "ERROR_BATCH_METHOD_NOT_ALLOWED", "Method is not allowed for batch usage");
        }
        RestMethod method = registry.find(command.method()).orElseThrow(RestError::methodNotFound);
        // each command counts against its own method: a blocked one is refused, the others run
        meter.check(command.method());
        return method.call(new MethodCall(command.params(), caller));
    }

    /** Command strings by name; an array {@code cmd} is keyed by index ("0", "1", ...). */
    private static Map<String, String> commands(JsonNode cmd) {
        Map<String, String> commands = new LinkedHashMap<>();
        if (cmd instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                commands.put(entry.getKey(), entry.getValue().asText());
            }
        } else if (cmd != null && cmd.isArray()) {
            for (int i = 0; i < cmd.size(); i++) {
                commands.put(Integer.toString(i), cmd.get(i).asText());
            }
        }
        return commands;
    }
}
