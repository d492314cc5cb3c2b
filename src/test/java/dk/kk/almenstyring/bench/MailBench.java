package dk.kk.almenstyring.bench;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import dk.kk.almenstyring.AlmenStyringApplication;
import dk.kk.almenstyring.mail.MailOrder;
import dk.kk.almenstyring.mail.MailService;
import dk.kk.almenstyring.mail.Recipient;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.support.GenericApplicationContext;

/**
 * One node of the mail fault bench (bench/mail-faults.sh): the whole application, plus a model whose every instance
 * waits for a timer and then sends one mail through {@link MailService}, exactly as a deadline reminder does.
 *
 * <p>Run with the application's arguments, plus {@code --bench.load=N --bench.run=<id>} on the node that creates
 * the N instances, due {@code --bench.due-in-seconds} (20) after it starts creating them. Nothing here is annotated
 * as a component: the test suite's contexts scan this package too and must not pick it up.
 */
public final class MailBench {

    static final String PROCESS_KEY = "mail-bench";
    private static final Logger LOG = LoggerFactory.getLogger(MailBench.class);

    private MailBench() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(AlmenStyringApplication.class)
                .initializers((GenericApplicationContext context) -> {
                    context.registerBean("benchMail", BenchMailDelegate.class);
                    context.registerBean(Loader.class);
                })
                .run(args);
    }

    /** The mail step: one reminder-like mail to the instance's recipient, keyed by run and number. */
    public static final class BenchMailDelegate implements JavaDelegate {

        private final MailService mails;

        public BenchMailDelegate(MailService mails) {
            this.mails = mails;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String run = (String) execution.getVariable("run");
            int number = (Integer) execution.getVariable("number");
            Recipient recipient = new Recipient("bench-" + number, "Modtager " + number,
                    "bench-" + number + "@bench.example");
            Map<String, Object> model = new HashMap<>();
            model.put("what", "dagsordenen");
            model.put("forumName", "Samarbejdsforum");
            model.put("meetingDate", "torsdag den 25. marts 2027");
            model.put("meetingTime", "14.00–16.00");
            model.put("location", "Rådhuset");
            model.put("deadline", "mandag den 15. marts 2027 kl. 16.00");
            model.put("taskName", "Udarbejd dagsorden");
            mails.send(new MailOrder("bench:" + run + ":" + number, recipient, "deadline-reminder", model, null, null));
        }
    }

    /** Deploys the bench model and, on the loading node, starts the instances once the application is ready. */
    public static final class Loader implements ApplicationListener<ApplicationReadyEvent> {

        private final ProcessEngine engine;

        public Loader(ProcessEngine engine) {
            this.engine = engine;
        }

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            engine.getRepositoryService().createDeployment().name(PROCESS_KEY).enableDuplicateFiltering(true)
                    .addModelInstance(PROCESS_KEY + ".bpmn", model()).deploy();
            var env = event.getApplicationContext().getEnvironment();
            int load = env.getProperty("bench.load", Integer.class, 0);
            if (load == 0) {
                return;
            }
            Instant dueAt = Instant.now().plusSeconds(env.getProperty("bench.due-in-seconds", Integer.class, 20));
            String run = env.getRequiredProperty("bench.run");
            long started = System.nanoTime();
            for (int number = 1; number <= load; number++) {
                engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, run + ":" + number,
                        Map.of("run", run, "number", number, "dueAt", Date.from(dueAt)));
            }
            LOG.info("BENCH loaded {} mail jobs in {} ms; due at {} dueAtMillis={}", load,
                    (System.nanoTime() - started) / 1_000_000, dueAt, dueAt.toEpochMilli());
        }

        private static BpmnModelInstance model() {
            return Bpmn.createExecutableProcess(PROCESS_KEY)
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .intermediateCatchEvent("Timer_Due").timerWithDate("${dueAt}")
                    // Retried every 5 s, 20 times: rides out a 30 s database or SMTP outage before an incident.
                    .camundaFailedJobRetryTimeCycle("R20/PT5S")
                    .serviceTask("Task_SendMail").camundaDelegateExpression("${benchMail}")
                    .endEvent()
                    .done();
        }
    }
}
