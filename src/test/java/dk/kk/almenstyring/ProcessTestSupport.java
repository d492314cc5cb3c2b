package dk.kk.almenstyring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import dk.kk.almenstyring.common.DanishText;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Process tests run the whole application (real delegates, real tables, real SMTP through GreenMail) with the job
 * executor off: the tests move the engine clock and execute due jobs themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, CoverageThreshold.class})
@TestExecutionListeners(value = {CoverageThreshold.class, ProcessEngineCoverageTestExecutionListener.class},
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class ProcessTestSupport {

    @RegisterExtension
    protected static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    /** Monday 4 January 2027, 09:00 in Copenhagen: the tests' "today". */
    protected static final Instant TODAY = LocalDateTime.of(2027, 1, 4, 9, 0).atZone(DanishText.COPENHAGEN).toInstant();

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected RuntimeService runtimeService;
    @Autowired
    protected TaskService taskService;
    @Autowired
    protected ManagementService managementService;
    @Autowired
    protected IdentityService identityService;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected PlatformTransactionManager transactionManager;

    @BeforeEach
    void startClock() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(TODAY));
    }

    /** Tests share one database: a meeting left running would fire its timers in the next test's time. */
    @AfterEach
    void resetClockAndEndLeftovers() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        TestData.endAll(runtimeService, jdbc);
    }

    /**
     * Two people's requests overlapping on the server: runs {@code first} in a transaction that stays open until
     * {@code second} (in its own, on another thread) is done or 5 s have passed, then commits it; fails if either
     * fails. Each runs on its own thread, so each sets its own authentication.
     */
    protected void overlapping(Runnable first, Runnable second) throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> one = threads.submit(() -> {
                try {
                    transaction.executeWithoutResult(status -> {
                        first.run();
                        firstWritten.countDown();
                        try {
                            secondDone.await(5, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                } finally {
                    firstWritten.countDown();
                    identityService.clearAuthentication();
                }
            });
            assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> two = threads.submit(() -> {
                try {
                    second.run();
                } finally {
                    secondDone.countDown();
                    identityService.clearAuthentication();
                }
            });
            two.get(30, TimeUnit.SECONDS);
            one.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }

    protected static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(DanishText.COPENHAGEN).toInstant();
    }

    /** Moves the engine clock and runs every job that is then due, as the job executor would. */
    protected void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
        executeDueJobs();
    }

    protected void executeDueJobs() {
        executeDueJobs(managementService);
    }

    /** Runs every job that is due now, and those they make due, as the job executor would (also for the e2e suite). */
    public static void executeDueJobs(ManagementService managementService) {
        for (int round = 0; round < 100; round++) {
            List<Job> due = managementService.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            // a job may be gone by its turn (e.g. an agreement that ended with its parent took its own timer along)
            due.stream().filter(job -> managementService.createJobQuery().jobId(job.getId()).count() > 0)
                    .forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming: a loop in the model?");
    }

    /** Acts as a user, as Tasklist or the REST API would after authentication. */
    protected void actAs(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(g -> g.getId()).toList();
        identityService.setAuthentication(userId, groups);
    }

    protected List<MimeMessage> mailsTo(String address) throws Exception {
        return List.of(SMTP.getReceivedMessages()).stream().filter(m -> {
            try {
                return List.of(m.getRecipients(Message.RecipientType.TO)).stream()
                        .anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    protected List<String> subjects() throws Exception {
        return List.of(SMTP.getReceivedMessages()).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    protected static String body(MimeMessage message) {
        return MailAssertions.textOf(message);
    }

    protected Map<String, Object> meetingRow(long id) {
        return jdbc.sql("select * from meeting where id = :id").param("id", id).query().singleRow();
    }
}
