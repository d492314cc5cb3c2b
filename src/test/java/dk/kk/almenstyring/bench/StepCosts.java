package dk.kk.almenstyring.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Driver-thread CPU per kind of engine step (process key and task or activity), so that the product's cost per step
 * can be traced to the models and delegates that spend it, not only to the engine's frames a profiler shows.
 */
final class StepCosts {

    private final Map<String, long[]> byKind = new HashMap<>();

    /** A step as a JFR event, so that a recording's CPU samples can be told apart by the step they fell in. */
    @jdk.jfr.Name("almenstyring.BenchStep")
    @jdk.jfr.Label("Bench step")
    static final class StepEvent extends jdk.jfr.Event {
        @jdk.jfr.Label("Kind")
        String kind;
    }

    /** Runs the step, adds its driver-thread CPU to {@code into}[0] and to the step's kind, and returns it. */
    long measure(String kind, long[] into, Runnable step) {
        StepEvent event = new StepEvent();
        event.kind = kind;
        event.begin();
        long spent;
        try {
            spent = CpuMeter.timed(into, step);
        } finally {
            event.commit();
        }
        add(kind, spent);
        return spent;
    }

    void add(String kind, long nanos) {
        long[] entry = byKind.computeIfAbsent(kind, k -> new long[2]);
        entry[0]++;
        entry[1] += nanos;
    }

    /** The {@code top} kinds by total CPU, a line each: share, count, mean and total. */
    String report(int top) {
        long total = byKind.values().stream().mapToLong(e -> e[1]).sum();
        List<Map.Entry<String, long[]>> kinds = new ArrayList<>(byKind.entrySet());
        kinds.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "steps by kind (driver-thread CPU inside the call; %d kinds, %.1f s in all):%n", kinds.size(), total / 1e9));
        for (Map.Entry<String, long[]> kind : kinds.subList(0, Math.min(top, kinds.size()))) {
            long[] e = kind.getValue();
            out.append(String.format(Locale.ROOT, "  %5.1f %%  %5d × %8.2f ms = %7.2f s  %s%n", 100.0 * e[1] / total, e[0],
                    e[1] / 1e6 / e[0], e[1] / 1e9, kind.getKey()));
        }
        return out.toString();
    }
}
