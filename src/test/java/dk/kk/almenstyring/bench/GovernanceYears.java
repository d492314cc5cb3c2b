package dk.kk.almenstyring.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import dk.kk.almenstyring.AlmenStyringApplication;
import dk.kk.almenstyring.identity.MemberDirectory;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Four years of governance on the embedded H2 database with the engine clock, and the bare engine's step rate on the
 * same database (bench/governance-years.sh). Prints the figures; exits 1 on any failed job, incident or task the
 * people could not do.
 *
 * <p>Options (system properties): {@code bench.years} (4), {@code bench.first-year} (2027), {@code bench.bare-instances}
 * (300, after {@code bench.bare-warm-up} 100 unmeasured), {@code bench.dir} (/tmp/bench-governance: database and the
 * mail sink's file, emptied first).
 */
public final class GovernanceYears {

    private GovernanceYears() {
    }

    public static void main(String[] args) throws Exception {
        int years = Integer.getInteger("bench.years", 4);
        int firstYear = Integer.getInteger("bench.first-year", 2027);
        int bareInstances = Integer.getInteger("bench.bare-instances", 300);
        int bareWarmUp = Integer.getInteger("bench.bare-warm-up", 100);
        Path dir = Path.of(System.getProperty("bench.dir", "/tmp/bench-governance"));
        empty(dir);
        Path received = dir.resolve("received-mails.txt");
        int smtpPort = freePort();
        Thread sink = new Thread(() -> {
            try {
                CountingSmtpServer.main(new String[] {String.valueOf(smtpPort), received.toString()});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "bench-smtp-sink");
        sink.setDaemon(true);
        sink.start();

        long bootStart = System.nanoTime();
        // as command-line arguments: they win over application.yml (default properties would not)
        String[] arguments = java.util.stream.Stream.concat(applicationProperties(dir, smtpPort).entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue()), java.util.Arrays.stream(args)).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AlmenStyringApplication.class).run(arguments);
        double bootSeconds = (System.nanoTime() - bootStart) / 1e9;
        int exit = 0;
        try {
            exit = run(context, dir, received, years, firstYear, bareWarmUp, bareInstances, bootSeconds);
        } catch (BenchFailure e) {
            System.out.println("BENCH FAILED: " + e.getMessage());
            e.printStackTrace(System.out);
            exit = 1;
        } finally {
            context.close();
        }
        System.exit(exit);
    }

    private static int run(ConfigurableApplicationContext context, Path dir, Path received, int years, int firstYear,
            int bareWarmUp, int bareInstances, double bootSeconds) throws IOException {
        ProcessEngine engine = context.getBean(ProcessEngine.class);

        StepCosts costs = new StepCosts();
        Users users = new Users(engine, context.getBean(MemberDirectory.class), costs);
        SimulatedPeople people = new SimulatedPeople(engine, users,
                context.getBean(dk.kk.almenstyring.calendar.WorkingDays.class), firstYear + years - 1);
        GovernanceSimulation simulation = new GovernanceSimulation(engine, people, users, costs, postgres(context));
        GovernanceScenario scenario = new GovernanceScenario(simulation, context, firstYear, years);
        scenario.planWheel();
        if (!Boolean.getBoolean("bench.meetings-only")) {
            scenario.planAreaDialogues();
            scenario.planAgreements();
            scenario.planEvaluations();
        }
        LocalDate until = LocalDate.of(firstYear + years, 1, 31);
        JdbcClient statistics = JdbcClient.create(context.getBean("dataSource", DataSource.class));
        if (Boolean.getBoolean("bench.query-statistics") && !postgres(context)) {
            statistics.sql("SET QUERY_STATISTICS_MAX_ENTRIES 1000").update();
            statistics.sql("SET QUERY_STATISTICS TRUE").update();
        }
        long databaseBefore = PostgresCpu.nanos();
        CpuMeter.Reading years4 = profiled(() -> {
            CpuMeter meter = CpuMeter.start();
            simulation.run(scenario.firstDay(), until);
            return meter.read();
        });
        long databaseCpu = PostgresCpu.nanos() - databaseBefore;
        // the history cleanup's nightly runs are the engine's housekeeping, not steps of a process: apart
        CpuMeter.Reading product = years4.minus(simulation.housekeepingCpu())
                .minus(new CpuMeter.Reading(simulation.probeCpu(), simulation.probeCpu(), 0));
        String queryStatistics = Boolean.getBoolean("bench.query-statistics") && !postgres(context) ? queryStatistics(statistics) : "";
        long databaseBytes = postgres(context) ? JdbcClient.create(context.getBean("dataSource", DataSource.class))
                .sql("select pg_database_size(current_database())").query(Long.class).single() : databaseBytes(dir);
        // BPMN activities the engine ran (start, task, gateway, event …: its history's activity instances) per
        // simulated year, before the bare engine adds its own; no model's history lives less than 10 years, so none
        // was cleaned up
        Map<Integer, Long> activitiesByYear = new HashMap<>();
        statistics.sql("select extract(year from START_TIME_) y, count(*) n from ACT_HI_ACTINST group by y")
                .query((rs, i) -> activitiesByYear.put(rs.getInt(1), rs.getLong(2))).list();
        // after the years: on the same database as they left it, with the JIT as warm as for the product
        BareEngineSteps.Result bare = new BareEngineSteps(context.getBean("dataSource", DataSource.class),
                ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                        .getHistoryLevel().getName())
                .run(bareWarmUp, bareInstances);

        long steps = users.tasksCompleted() + simulation.jobsExecuted();
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count()
                - engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(BareEngineSteps.PROCESS_KEY).count();
        JdbcClient jdbc = JdbcClient.create(context.getBean("dataSource", DataSource.class));
        long mailsLogged = jdbc.sql("select count(*) from mail_log where status = 'SENT'").query(Long.class).single();
        long mailsReceived;
        try (var lines = Files.lines(received)) {
            mailsReceived = lines.count();
        }
        long unfinished = engine.getRuntimeService().createProcessInstanceQuery().count();

        StringBuilder out = new StringBuilder();
        line(out, "== governance-years: %d years (%d–%d, simulated %s to %s) on %s, %d cores", years, firstYear,
                firstYear + years - 1, scenario.firstDay(), until, postgres(context) ? "PostgreSQL" : "H2",
                Runtime.getRuntime().availableProcessors());
        line(out, "start-up of the application        %8.1f s", bootSeconds);
        line(out, "wall time of the %d years           %8.1f s (%.1f s of it clock stops for the history cleanup alone)",
                years, years4.wallSeconds(), simulation.housekeepingCpu().wallSeconds());
        line(out, "meetings held (final minutes)      %8d of %d called", jdbc.sql("select count(*) from meeting where "
                + "minutes_final_at is not null").query(Long.class).single(), jdbc.sql("select count(*) from meeting")
                .query(Long.class).single());
        line(out, "clock stops                        %8d", simulation.clockSteps());
        line(out, "process instances                  %8d (still running at the end: %d)", instances, unfinished);
        line(out, "tasks completed                    %8d", users.tasksCompleted());
        line(out, "jobs executed                      %8d (and %d runs of the history cleanup, %.1f s CPU of the driver thread)",
                simulation.jobsExecuted(), simulation.housekeepingJobs(), simulation.housekeepingCpu().threadCpu() / 1e9);
        line(out, "agreements (level status count)     %s", jdbc.sql("select level, status, count(*) n from agreement "
                + "group by level, status order by level, status").query((rs, i) -> rs.getString(1) + " " + rs.getString(2)
                + " " + rs.getLong(3)).list());
        line(out, "mails sent (mail_log SENT / sink)  %8d / %d", mailsLogged, mailsReceived);
        line(out, "database size                      %8.1f MB", databaseBytes / 1e6);
        line(out, "product: CPU per engine step       %8.2f ms driver thread, %.2f ms process (%d steps)",
                product.threadMsPer(steps), product.processMsPer(steps), steps);
        line(out, "bare engine: CPU per engine step   %8.2f ms driver thread, %.2f ms process (%d steps, %d instances;"
                + " the median of %d rounds, inside the steps %s ms)", bare.cpu().threadMsPer(bare.steps()),
                bare.cpu().processMsPer(bare.steps()), bare.steps(), bare.instances(), BareEngineSteps.ROUNDS,
                bare.roundsInsideMs().stream().map(ms -> String.format(Locale.ROOT, "%.2f", ms)).toList());
        line(out, "ratio product / bare               %8.1f × driver thread, %.1f × process",
                product.threadMsPer(steps) / bare.cpu().threadMsPer(bare.steps()),
                product.processMsPer(steps) / bare.cpu().processMsPer(bare.steps()));
        if (postgres(context)) {
            double productDb = (databaseCpu - simulation.housekeepingDatabaseCpu()) / 1e6 / steps;
            double bareDb = bare.postgresCpu() / 1e6 / bare.steps();
            line(out, "PostgreSQL server: CPU per step     %8.2f ms product, %.2f ms bare (%.1f s at the cleanup's own stops, apart);"
                    + " with the process: %.2f against %.2f ms, %.1f ×", productDb, bareDb,
                    simulation.housekeepingDatabaseCpu() / 1e9,
                    product.processMsPer(steps) + productDb, bare.cpu().processMsPer(bare.steps()) + bareDb,
                    (product.processMsPer(steps) + productDb) / (bare.cpu().processMsPer(bare.steps()) + bareDb));
        }
        double productInside = (users.completionCpu() + simulation.jobCpu()) / 1e6 / steps;
        double bareInside = bare.stepCpu() / 1e6 / bare.steps();
        line(out, "inside the step calls alone        %8.2f ms product, %.2f ms bare: %.1f × (the driver's queries left out)",
                productInside, bareInside, productInside / bareInside);
        long bareActivities = jdbc.sql("select count(*) from ACT_HI_ACTINST where PROC_DEF_KEY_ = ?")
                .param(BareEngineSteps.PROCESS_KEY).query(Long.class).single() * bare.instances()
                / (BareEngineSteps.ROUNDS * bare.instances() + bareWarmUp);
        double bareActivityMs = bare.stepCpu() / 1e6 / bareActivities;
        line(out, "per calendar year (the first one warms the JIT up, as the bare engine's %d unmeasured instances do):", bareWarmUp);
        java.util.List<GovernanceSimulation.YearMark> marks = simulation.yearMarks();
        for (int i = 1; i < marks.size(); i++) {
            GovernanceSimulation.YearMark from = marks.get(i - 1);
            GovernanceSimulation.Span span = marks.get(i).since(from);
            long yearSteps = span.steps();
            CpuMeter.Reading cpu = span.cpu();
            double inside = span.insideMsPerStep();
            long activities = activitiesByYear.getOrDefault(from.year(), 0L);
            double perActivity = span.insideNanos() / 1e6 / Math.max(1, activities);
            line(out, "  %d  %5d steps  %6.2f ms driver thread, %6.2f ms process, %6.2f ms inside a step: %4.1f × / %4.1f × bare;"
                    + " %5d activities, %4.1f a step, %5.2f ms an activity: %4.1f × bare",
                    from.year(), yearSteps, cpu.threadMsPer(yearSteps), cpu.processMsPer(yearSteps), inside,
                    cpu.threadMsPer(yearSteps) / bare.cpu().threadMsPer(bare.steps()), inside / bareInside, activities,
                    (double) activities / Math.max(1, yearSteps), perActivity, perActivity / bareActivityMs);
        }
        // warm: from the first 1 January after the first full year, as the bare engine is measured after its warm-up
        if (marks.size() > 3) {
            GovernanceSimulation.YearMark from = marks.get(2);
            GovernanceSimulation.Span warm = marks.get(marks.size() - 1).since(from);
            long warmSteps = warm.steps();
            CpuMeter.Reading cpu = warm.cpu();
            double inside = warm.insideMsPerStep();
            line(out, "warm (from %d on)                  %8.2f ms driver thread (%.1f × bare), %.2f ms process (%.1f ×), "
                    + "%.2f ms inside a step (%.1f ×)", from.year(), cpu.threadMsPer(warmSteps),
                    cpu.threadMsPer(warmSteps) / bare.cpu().threadMsPer(bare.steps()), cpu.processMsPer(warmSteps),
                    cpu.processMsPer(warmSteps) / bare.cpu().processMsPer(bare.steps()), inside, inside / bareInside);
        }
        line(out, "bare engine: %.1f activities a step, %.3f ms an activity inside the step calls", (double) bareActivities
                / bare.steps(), bareActivityMs);
        out.append(queryStatistics);
        out.append(costs.report(Integer.getInteger("bench.top-kinds", 25)));
        System.out.print(out);
        if (mailsLogged != mailsReceived) {
            System.out.println("BENCH FAILED: the sink received " + mailsReceived + " mails, mail_log says " + mailsLogged + " were sent");
            return 1;
        }
        return 0;
    }

    private static boolean postgres(ConfigurableApplicationContext context) {
        return context.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
    }

    /** H2's statistics of the simulated years' statements: the 30 that took longest in all. */
    private static String queryStatistics(JdbcClient jdbc) {
        StringBuilder out = new StringBuilder("statements by cumulative time (H2 QUERY_STATISTICS):\n");
        jdbc.sql("select EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME, CUMULATIVE_ROW_COUNT, SQL_STATEMENT from "
                + "INFORMATION_SCHEMA.QUERY_STATISTICS order by CUMULATIVE_EXECUTION_TIME desc limit 30").query((rs, i) ->
                String.format(Locale.ROOT, "  %7d × %8.3f ms = %7.2f s, %9d rows  %s%n", rs.getLong(1),
                        rs.getDouble(2) / rs.getLong(1), rs.getDouble(2) / 1000, rs.getLong(3),
                        rs.getString(4).replaceAll("\\s+", " "))).list().forEach(out::append);
        return out.toString();
    }

    /** With {@code bench.jfr=<file>}, a JFR recording (settings "profile") of the simulated years only. */
    private static CpuMeter.Reading profiled(java.util.function.Supplier<CpuMeter.Reading> years) throws IOException {
        String file = System.getProperty("bench.jfr");
        if (file == null || file.isBlank()) {
            return years.get();
        }
        try (jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
            recording.start();
            CpuMeter.Reading reading = years.get();
            recording.stop();
            recording.dump(Path.of(file));
            return reading;
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("JFR's profile settings", e);
        }
    }

    private static Map<String, Object> applicationProperties(Path dir, int smtpPort) {
        Map<String, Object> properties = new HashMap<>();
        // the demo profile's URL (application.yml), in the bench's directory; bench.h2-options adds settings to try
        String postgres = System.getProperty("bench.pg-url", "");
        if (!postgres.isBlank()) {
            // the production database instead: an empty database the script created (bench/governance-years.sh)
            properties.put("spring.datasource.url", postgres);
            properties.put("spring.datasource.username", System.getProperty("bench.pg-user", "postgres"));
            properties.put("spring.datasource.password", System.getProperty("bench.pg-password", ""));
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("almen")
                    + ";AUTO_SERVER=TRUE;NON_KEYWORDS=VALUE;QUERY_CACHE_SIZE=256" + System.getProperty("bench.h2-options", ""));
        }
        properties.put("spring.mail.port", smtpPort);
        // the bench is the job executor: it moves the clock and runs due jobs on its own thread
        properties.put("camunda.bpm.job-execution.enabled", false);
        properties.put("almen.mail-sink.enabled", false);
        properties.put("almen.mail.check-at-startup", false);
        properties.put("server.port", 0);
        return properties;
    }

    private static long databaseBytes(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("almen")).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void empty(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).filter(f -> !f.equals(dir)).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(dir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void line(StringBuilder out, String format, Object... values) {
        out.append(String.format(Locale.ROOT, format, values)).append('\n');
    }
}
