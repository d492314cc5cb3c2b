package dk.kk.almenstyring.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The yardstick: a plain Camunda engine (default configuration, the product's history level, no plugins, no
 * authorization) on the product's own database, running a process of three user tasks and two no-op service tasks,
 * one of them asynchronous. Its CPU per engine step (a completed user task or an executed job) is what the engine
 * itself costs; the product's figure is compared with it.
 */
final class BareEngineSteps {

    static final String PROCESS_KEY = "bench-bare-steps";
    static final int ROUNDS = 3;

    private final DataSource dataSource;
    private final String historyLevel;

    /** {@code historyLevel}: the product's, so that both write the same history. */
    BareEngineSteps(DataSource dataSource, String historyLevel) {
        this.dataSource = dataSource;
        this.historyLevel = historyLevel;
    }

    /** Runs {@code warmUp} instances unmeasured, then three rounds of {@code instances} measured: the median round. */
    Result run(int warmUp, int instances) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench-bare");
        configuration.setDataSource(dataSource);
        // the product created the schema; the bare engine only uses it
        configuration.setDatabaseSchemaUpdate("false");
        configuration.setHistory(historyLevel);
        configuration.setJobExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().name(PROCESS_KEY).addModelInstance(PROCESS_KEY + ".bpmn", model())
                    .deploy();
            drive(engine, warmUp, new long[] {0});
            // a round of a few hundred instances varies by a third from one run to the next: the median of three
            List<Result> rounds = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                long[] stepCpu = {0};
                long database = PostgresCpu.nanos();
                CpuMeter meter = CpuMeter.start();
                long steps = drive(engine, instances, stepCpu);
                CpuMeter.Reading cpu = meter.read();
                rounds.add(new Result(instances, steps, cpu, stepCpu[0], List.of(), PostgresCpu.nanos() - database));
            }
            List<Double> insideMs = rounds.stream().map(r -> r.stepCpu() / 1e6 / r.steps()).sorted().toList();
            rounds.sort(Comparator.comparingLong(Result::stepCpu));
            Result median = rounds.get(ROUNDS / 2);
            return new Result(median.instances(), median.steps(), median.cpu(), median.stepCpu(), insideMs,
                    median.postgresCpu());
        } finally {
            engine.close();
        }
    }

    private static long drive(ProcessEngine engine, int instances, long[] stepCpu) {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        ManagementService management = engine.getManagementService();
        long steps = 0;
        for (int i = 0; i < instances; i++) {
            String pi = runtime.startProcessInstanceByKey(PROCESS_KEY, "bare-" + i).getId();
            while (true) {
                Task task = tasks.createTaskQuery().processInstanceId(pi).singleResult();
                if (task != null) {
                    CpuMeter.timed(stepCpu, () -> tasks.complete(task.getId()));
                    steps++;
                    continue;
                }
                Job job = management.createJobQuery().processInstanceId(pi).executable().singleResult();
                if (job == null) {
                    break;
                }
                String id = job.getId();
                CpuMeter.timed(stepCpu, () -> management.executeJob(id));
                steps++;
            }
        }
        return steps;
    }

    private static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_One").camundaCandidateGroups("bench")
                .serviceTask("Task_NoOpAsync").camundaAsyncBefore().camundaClass(NoOp.class.getName())
                .userTask("Task_Two").camundaCandidateGroups("bench")
                .serviceTask("Task_NoOp").camundaClass(NoOp.class.getName())
                .userTask("Task_Three").camundaCandidateGroups("bench")
                .endEvent()
                .done();
    }

    /** Does nothing: the step's cost is the engine's alone. */
    public static final class NoOp implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // nothing: see the class comment
        }
    }

    /**
     * stepCpu: driver-thread CPU (ns) inside the completions and job executions alone; roundsInsideMs: that per step
     * in each round, lowest first; postgresCpu: the local PostgreSQL server's CPU (ns) meanwhile (0 on H2).
     */
    record Result(int instances, long steps, CpuMeter.Reading cpu, long stepCpu, List<Double> roundsInsideMs,
            long postgresCpu) {
    }
}
