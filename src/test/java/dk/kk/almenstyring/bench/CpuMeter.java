package dk.kk.almenstyring.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU spent between two readings: by the thread that drives the engine (with the job executor off every engine
 * step runs on it, so this excludes the JIT compiler, the garbage collector and the SMTP sink's threads) and by the
 * whole process.
 */
final class CpuMeter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long threadStart;
    private final long processStart;
    private final long wallStart;

    private CpuMeter() {
        this.threadStart = THREADS.getCurrentThreadCpuTime();
        this.processStart = processCpuNanos();
        this.wallStart = System.nanoTime();
    }

    static CpuMeter start() {
        return new CpuMeter();
    }

    /** Driver-thread CPU of the call alone, added to {@code into}[0] and returned: the engine step without the driver's queries. */
    static long timed(long[] into, Runnable call) {
        long before = THREADS.getCurrentThreadCpuTime();
        long spent = 0;
        try {
            call.run();
        } finally {
            spent = THREADS.getCurrentThreadCpuTime() - before;
            into[0] += spent;
        }
        return spent;
    }

    Reading read() {
        return new Reading(THREADS.getCurrentThreadCpuTime() - threadStart, processCpuNanos() - processStart,
                System.nanoTime() - wallStart);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Nanoseconds of driver-thread CPU, process CPU and wall time. */
    record Reading(long threadCpu, long processCpu, long wall) {

        static final Reading ZERO = new Reading(0, 0, 0);

        double threadMsPer(long steps) {
            return steps == 0 ? Double.NaN : threadCpu / 1e6 / steps;
        }

        double processMsPer(long steps) {
            return steps == 0 ? Double.NaN : processCpu / 1e6 / steps;
        }

        Reading plus(Reading other) {
            return new Reading(threadCpu + other.threadCpu, processCpu + other.processCpu, wall + other.wall);
        }

        Reading minus(Reading other) {
            return new Reading(threadCpu - other.threadCpu, processCpu - other.processCpu, wall - other.wall);
        }

        double wallSeconds() {
            return wall / 1e9;
        }
    }
}
