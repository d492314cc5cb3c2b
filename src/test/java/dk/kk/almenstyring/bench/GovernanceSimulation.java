package dk.kk.almenstyring.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.kk.almenstyring.common.DanishText;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Runs the governance on the engine clock, as the job executor and the people would: at 09:00 the secretariat
 * starts what is planned for the day; whenever the clock stops, every due job runs and every open task is done by
 * {@link SimulatedPeople} at once, until nothing moves. A job that fails, or any incident, stops the run.
 */
final class GovernanceSimulation {

    private static final LocalTime PLANNED_AT = LocalTime.of(9, 0);

    private record Planned(LocalDate day, String what, Runnable start) {
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final ProcessEngine engine;
    private final SimulatedPeople people;
    private final Users users;
    private final StepCosts costs;
    private final List<Planned> planned = new ArrayList<>();
    private final Set<String> leftOpen = new HashSet<>();
    private Date previousStop = new Date(0);
    private final Map<String, String> processKeys = new HashMap<>();
    private final Map<String, String> jobKinds = new HashMap<>();
    private final List<YearMark> marks = new ArrayList<>();
    private long jobsExecuted;
    private long steps;
    private long housekeepingJobs;
    private final long[] jobCpu = {0};
    private CpuMeter.Reading housekeepingCpu = CpuMeter.Reading.ZERO;
    private final boolean onPostgres;
    private long housekeepingDatabaseCpu;
    private final long[] probeCpu = {0};

    GovernanceSimulation(ProcessEngine engine, SimulatedPeople people, Users users, StepCosts costs, boolean onPostgres) {
        this.costs = costs;
        this.onPostgres = onPostgres;
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
        this.people = people;
        this.users = users;
    }

    /** On that day at 09:00 (or the first step after it), {@code start} runs. */
    void plan(LocalDate day, String what, Runnable start) {
        planned.add(new Planned(day, what, start));
    }

    /** Starts a process as a person would, counted. */
    String start(String user, String processKey, Map<String, Object> vars) {
        return users.start(user, processKey, vars, (key, v) -> runtime.startProcessInstanceByKey(key, v).getId());
    }

    /**
     * From 09:00 on the first day to the end of the last, the clock jumps from one moment something falls due to the
     * next (a timer, or 09:00 on a day something is planned), as a job executor that never sleeps past a due job.
     */
    void run(LocalDate from, LocalDate until) {
        planned.sort(Comparator.comparing(Planned::day));
        Instant end = until.plusDays(1).atStartOfDay(DanishText.COPENHAGEN).toInstant();
        int next = 0;
        CpuMeter sinceStart = CpuMeter.start();
        int year = from.getYear();
        marks.add(mark(year, sinceStart));
        for (Instant now = at(from); now.isBefore(end); now = nextMoment(now, next)) {
            int yearOfNow = now.atZone(DanishText.COPENHAGEN).getYear();
            if (yearOfNow != year) {
                year = yearOfNow;
                marks.add(mark(year, sinceStart));
            }
            ClockUtil.setCurrentTime(Date.from(now));
            while (next < planned.size() && !at(planned.get(next).day()).isAfter(now)) {
                planned.get(next++).start().run();
            }
            long databaseAtStop = databaseCpu();
            CpuMeter stop = CpuMeter.start();
            boolean processWork = settle();
            if (steps % 100 == 0) {
                // a failing job stops the run at once; this catches incidents raised any other way
                failOnIncidents();
            }
            if (!processWork) {
                housekeepingCpu = housekeepingCpu.plus(stop.read());
                housekeepingDatabaseCpu += databaseCpu() - databaseAtStop;
            }
            steps++;
            previousStop = Date.from(now);
        }
        marks.add(mark(year + 1, sinceStart));
        failOnIncidents();
    }

    /**
     * Where the run stood when the clock entered a year: CPU so far (driver thread and process, the housekeeping-only
     * stops left out), engine steps so far and the CPU inside them.
     */
    record YearMark(int year, CpuMeter.Reading product, long steps, long insideSteps) {

        /** What the run did from {@code earlier} to this mark. */
        Span since(YearMark earlier) {
            return new Span(steps - earlier.steps, product.minus(earlier.product), insideSteps - earlier.insideSteps);
        }
    }

    /** Steps, their CPU (driver thread and process) and the CPU inside the step calls alone (ns), between two marks. */
    record Span(long steps, CpuMeter.Reading cpu, long insideNanos) {

        double insideMsPerStep() {
            return steps == 0 ? Double.NaN : insideNanos / 1e6 / steps;
        }
    }

    private YearMark mark(int year, CpuMeter sinceStart) {
        return new YearMark(year, sinceStart.read().minus(housekeepingCpu)
                .minus(new CpuMeter.Reading(probeCpu[0], probeCpu[0], 0)), users.tasksCompleted() + jobsExecuted,
                users.completionCpu() + jobCpu[0]);
    }

    /** The marks at the start of each year the run entered, and one after its end. */
    List<YearMark> yearMarks() {
        return marks;
    }

    /** The PostgreSQL server's CPU so far (0 on H2); the reading's own CPU is kept apart, in {@link #probeCpu()}. */
    private long databaseCpu() {
        if (!onPostgres) {
            return 0;
        }
        long[] nanos = {0};
        CpuMeter.timed(probeCpu, () -> nanos[0] = PostgresCpu.nanos());
        return nanos[0];
    }

    /** The PostgreSQL server's CPU at the clock stops where only the history cleanup ran (ns). */
    long housekeepingDatabaseCpu() {
        return housekeepingDatabaseCpu;
    }

    /** Driver-thread CPU spent reading the PostgreSQL server's CPU, not the product's (ns). */
    long probeCpu() {
        return probeCpu[0];
    }

    private Instant nextMoment(Instant now, int nextPlanned) {
        Instant next = nextPlanned < planned.size() ? at(planned.get(nextPlanned).day()) : Instant.MAX;
        List<Job> timer = management.createJobQuery().duedateHigherThan(Date.from(now)).orderByJobDuedate().asc().listPage(0, 1);
        if (!timer.isEmpty() && timer.get(0).getDuedate().toInstant().isBefore(next)) {
            next = timer.get(0).getDuedate().toInstant();
        }
        return next;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(PLANNED_AT).atZone(DanishText.COPENHAGEN).toInstant();
    }

    /**
     * Jobs and tasks until nothing is due and every open task is done or left open on purpose. Returns whether any of
     * it was the processes' work (not only the engine's housekeeping).
     */
    private boolean settle() {
        boolean processWork = false;
        for (int round = 0; round < 1000; round++) {
            boolean moved = executeDueJobs();
            processWork |= moved;
            // a task created before this stop was done or left open at its own stop: only the new ones are read
            for (Task task : tasks.createTaskQuery().taskCreatedAfter(previousStop).list()) {
                if (leftOpen.contains(task.getId())) {
                    continue;
                }
                if (people.work(task, processKey(task)) == SimulatedPeople.Outcome.LEFT_OPEN) {
                    leftOpen.add(task.getId());
                } else {
                    moved = true;
                    processWork = true;
                }
            }
            if (!moved) {
                return processWork;
            }
        }
        throw new BenchFailure("the governance does not settle at " + ClockUtil.getCurrentTime() + ": a loop in a model?");
    }

    /** Runs the due jobs; returns whether any was a process's (not the history cleanup's). */
    private boolean executeDueJobs() {
        boolean any = false;
        for (List<Job> due = management.createJobQuery().executable().list(); !due.isEmpty();
                due = management.createJobQuery().executable().list()) {
            for (Job job : due) {
                try {
                    if (job.getProcessInstanceId() == null) {
                        management.executeJob(job.getId());
                    } else {
                        costs.measure("job " + job.getProcessDefinitionKey() + ":" + jobKind(job), jobCpu,
                                () -> management.executeJob(job.getId()));
                    }
                } catch (RuntimeException e) {
                    if (management.createJobQuery().jobId(job.getId()).count() == 0) {
                        // taken along by an earlier job of the same round (a timer of an agreement that ended)
                        continue;
                    }
                    throw new BenchFailure("job " + job.getId() + " of process instance " + job.getProcessInstanceId() + " ("
                            + job.getProcessDefinitionKey() + ") failed at " + ClockUtil.getCurrentTime() + ": " + e.getMessage(), e);
                }
                if (job.getProcessInstanceId() == null) {
                    housekeepingJobs++;
                } else {
                    jobsExecuted++;
                    any = true;
                }
            }
        }
        return any;
    }

    /** The job's activity and type ("Timer_Reminder timer-intermediate-transition"), from its job definition. */
    private String jobKind(Job job) {
        return jobKinds.computeIfAbsent(String.valueOf(job.getJobDefinitionId()), id -> {
            JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
            return definition == null ? "?" : definition.getActivityId() + " " + definition.getJobType();
        });
    }

    private void failOnIncidents() {
        List<Incident> incidents = runtime.createIncidentQuery().list();
        if (!incidents.isEmpty()) {
            Incident first = incidents.get(0);
            throw new BenchFailure(incidents.size() + " incident(s), the first in " + first.getProcessDefinitionId() + " at "
                    + first.getActivityId() + ": " + first.getIncidentMessage());
        }
    }

    private String processKey(Task task) {
        return processKeys.computeIfAbsent(task.getProcessDefinitionId(),
                id -> engine.getRepositoryService().getProcessDefinition(id).getKey());
    }

    long jobsExecuted() {
        return jobsExecuted;
    }

    /** Driver-thread CPU inside the process jobs' executions alone (ns). */
    long jobCpu() {
        return jobCpu[0];
    }

    /** Jobs of no process: the engine's history cleanup in its nightly window. */
    long housekeepingJobs() {
        return housekeepingJobs;
    }

    /** CPU of the clock stops at which only housekeeping ran. */
    CpuMeter.Reading housekeepingCpu() {
        return housekeepingCpu;
    }

    /** The moments the clock stopped at. */
    long clockSteps() {
        return steps;
    }
}
