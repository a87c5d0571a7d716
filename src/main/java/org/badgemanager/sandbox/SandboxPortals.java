package org.badgemanager.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Several independent sandbox portals at once (each its own port, webhook code, badges and activities): a
 * staging and a production portal for trying compare and copy without a real Bitrix24, and for tests.
 */
public final class SandboxPortals implements AutoCloseable {
    private final List<SandboxPortal> portals;

    private SandboxPortals(List<SandboxPortal> portals) {
        this.portals = List.copyOf(portals);
    }

    /** {@code count} portals started from the same settings (ports picked freely unless the config fixes one). */
    public static SandboxPortals start(int count, SandboxConfig config) {
        return start(count, i -> config);
    }

    /** {@code count} portals, the i-th (0-based) started with {@code configFor.apply(i)}. */
    public static SandboxPortals start(int count, IntFunction<SandboxConfig> configFor) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one portal, not " + count);
        }
        List<SandboxPortal> started = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                started.add(SandboxPortal.start(configFor.apply(i)));
            }
        } catch (RuntimeException e) {
            started.forEach(SandboxPortal::close);
            throw e;
        }
        return new SandboxPortals(started);
    }

    /**
     * Two portals with the demo data, the second made a staging portal ({@link #makeStaging}): comparing them shows
     * every state.
     */
    public static SandboxPortals productionAndStaging(SandboxConfig config) {
        SandboxPortals pair = start(2, config);
        makeStaging(pair.get(1));
        return pair;
    }

    /**
     * Makes a demo portal differ a little, as a staging portal does: {@code vipClient}'s Russian value changed,
     * {@code demoScheduled} missing, {@code stagingOnly} only here.
     */
    public static void makeStaging(SandboxPortal portal) {
        portal.removeBadge("demoScheduled");
        SandboxBadge vip = portal.badge("vipClient").orElseThrow();
        com.fasterxml.jackson.databind.node.ObjectNode value =
                (com.fasterxml.jackson.databind.node.ObjectNode) vip.value().deepCopy();
        value.put("ru", "Важный");
        portal.removeBadge("vipClient");
        portal.putBadge(new SandboxBadge("vipClient", vip.title(), value, vip.type()));
        portal.putBadge(SandboxBadge.of("stagingOnly", "Test", "Staging only", "secondary"));
    }

    public SandboxPortal get(int index) {
        return portals.get(index);
    }

    public List<SandboxPortal> all() {
        return portals;
    }

    public int size() {
        return portals.size();
    }

    @Override
    public void close() {
        portals.forEach(SandboxPortal::close);
    }
}
