package dk.kk.almenstyring.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU of the local PostgreSQL server's processes (user and system time of every process named "postgres", from
 * /proc), so that a run on PostgreSQL counts the database's work too, which H2 does inside the JVM. Linux only;
 * 10 ms resolution (100 clock ticks a second); a process that ends between two readings takes its CPU with it, and
 * one that starts between two lookups of the processes is counted from the next lookup on (the connection pools'
 * backends live as long as the run).
 */
final class PostgresCpu {

    private static final long NANOS_PER_TICK = 10_000_000L;

    private PostgresCpu() {
    }

    /** The postgres processes, looked up again every {@value #LOOKUP_EVERY} readings: listing /proc costs more than reading them. */
    private static final int LOOKUP_EVERY = 500;
    private static List<Path> postgres = List.of();
    private static int readings;

    /** Nanoseconds of CPU the postgres processes have used so far; 0 where /proc cannot be read. */
    static synchronized long nanos() {
        if (readings++ % LOOKUP_EVERY == 0) {
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                postgres = processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .filter(p -> ticks(p) >= 0).toList();
            } catch (IOException e) {
                postgres = List.of();
            }
        }
        return postgres.stream().mapToLong(PostgresCpu::ticks).filter(t -> t > 0).sum() * NANOS_PER_TICK;
    }

    /** The process's user and system time in clock ticks; -1 if it is no postgres process (any more). */
    private static long ticks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (open < 0 || close < 0 || !stat.substring(open + 1, close).equals("postgres")) {
                return -1;
            }
            // after "pid (comm) ": state is field 3, utime field 14 and stime field 15
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1; // gone meanwhile, or not ours to read
        }
    }
}
