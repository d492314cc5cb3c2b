package dk.kk.almenstyring.bench;

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
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Runs the governance day by day on the engine clock, as the job executor and the people would: at 09:00 the
 * secretariat starts what is planned for the day, then (and again at 17:00, after the 16:00 deadlines) every due job
 * runs and every open task is done by {@link SimulatedPeople}, until nothing moves. A job that fails, or any incident,
 * stops the run.
 */
final class GovernanceSimulation {

    private static final List<LocalTime> STEPS_OF_A_DAY = List.of(LocalTime.of(9, 0), LocalTime.of(17, 0));

    private record Planned(LocalDate day, String what, Runnable start) {
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final ProcessEngine engine;
    private final SimulatedPeople people;
    private final Users users;
    private final List<Planned> planned = new ArrayList<>();
    private final List<Runnable> dailyChecks = new ArrayList<>();
    private final Set<String> leftOpen = new HashSet<>();
    private final Map<String, String> processKeys = new HashMap<>();
    private long jobsExecuted;
    private long instancesStarted;

    GovernanceSimulation(ProcessEngine engine, SimulatedPeople people, Users users) {
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

    /** Runs after every step of the day: the place for a condition that starts something (a report, a successor). */
    void everyStep(Runnable check) {
        dailyChecks.add(check);
    }

    /** Starts a process as a person would, counted. */
    String start(String user, String processKey, Map<String, Object> vars) {
        instancesStarted++;
        return users.start(user, processKey, vars, (key, v) -> runtime.startProcessInstanceByKey(key, v).getId());
    }

    void run(LocalDate from, LocalDate until) {
        planned.sort(Comparator.comparing(Planned::day));
        int next = 0;
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            for (LocalTime time : STEPS_OF_A_DAY) {
                ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(DanishText.COPENHAGEN).toInstant()));
                while (next < planned.size() && !planned.get(next).day().isAfter(day)) {
                    planned.get(next++).start().run();
                }
                settle();
                dailyChecks.forEach(Runnable::run);
                settle();
                failOnIncidents();
            }
        }
    }

    /** Jobs and tasks until nothing is due and every open task is done or left open on purpose. */
    private void settle() {
        for (int round = 0; round < 1000; round++) {
            boolean moved = executeDueJobs();
            for (Task task : tasks.createTaskQuery().list()) {
                if (leftOpen.contains(task.getId())) {
                    continue;
                }
                if (people.work(task, processKey(task)) == SimulatedPeople.Outcome.LEFT_OPEN) {
                    leftOpen.add(task.getId());
                } else {
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
        throw new BenchFailure("the governance does not settle at " + ClockUtil.getCurrentTime() + ": a loop in a model?");
    }

    private boolean executeDueJobs() {
        boolean any = false;
        for (List<Job> due = management.createJobQuery().executable().list(); !due.isEmpty();
                due = management.createJobQuery().executable().list()) {
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException e) {
                    if (management.createJobQuery().jobId(job.getId()).count() == 0) {
                        // taken along by an earlier job of the same round (a timer of an agreement that ended)
                        continue;
                    }
                    throw new BenchFailure("job " + job.getId() + " of process instance " + job.getProcessInstanceId() + " ("
                            + job.getProcessDefinitionKey() + ") failed at " + ClockUtil.getCurrentTime() + ": " + e.getMessage(), e);
                }
                jobsExecuted++;
                any = true;
            }
        }
        return any;
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

    long instancesStarted() {
        return instancesStarted;
    }
}
