package dk.kk.almenstyring.e2e;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.MailAssertions;
import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.TestData;
import dk.kk.almenstyring.common.DanishText;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One group of flows through the real webapp: one browser for the class, the server in this JVM. Between the
 * browser's steps the test does what the job executor and the passing weeks would do: it moves the engine clock
 * (ClockUtil, which the server reads too) and executes the jobs then due.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KeepEvidenceOnFailure.class)
abstract class EndToEndFlow {

    /** Monday 4 January 2027, 09:00 in Copenhagen: "today", as in the process tests. */
    static final Instant TODAY = LocalDateTime.of(2027, 1, 4, 9, 0).atZone(DanishText.COPENHAGEN).toInstant();

    @LocalServerPort
    int port;
    @Value("${almen.demo.password}")
    String password;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcClient jdbc;

    Browser browser;
    Tasklist tasklist;

    @BeforeAll
    void openBrowser() {
        browser = Browser.start();
        tasklist = new Tasklist(browser, "http://localhost:" + port, password);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Whatever another test left running would fire its timers in this flow's time: each flow starts clean. */
    @BeforeEach
    void today() {
        endRunningInstances();
        ClockUtil.setCurrentTime(Date.from(TODAY));
    }

    /** The flows share one database with every other test: nothing of a flow may run on into the next one. */
    @AfterEach
    void endLeftovers() {
        ClockUtil.reset();
        endRunningInstances();
    }

    private void endRunningInstances() {
        runtimeService.createProcessInstanceQuery().list().forEach(pi ->
                runtimeService.deleteProcessInstanceIfExists(pi.getId(), "end-to-end flow finished", true, true, true, true));
        TestData.clear(jdbc);
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(DanishText.COPENHAGEN).toInstant();
    }

    /** Moves the engine clock and runs every job that is then due, as the job executor would. */
    void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
        executeDueJobs();
    }

    void executeDueJobs() {
        ProcessTestSupport.executeDueJobs(managementService);
    }

    /** Logs in as this person and opens the task from *Mine gruppers opgaver*, claimed. */
    TasklistForm task(String user, String taskName) {
        return tasklist.loginAs(user).openTask(Tasklist.MY_GROUPS, taskName);
    }

    /** The names in *Mine gruppers opgaver* of this person. */
    List<String> tasksOf(String user) {
        return tasklist.loginAs(user).taskNames(Tasklist.MY_GROUPS);
    }

    // --- what the mail server received ------------------------------------------------------------------------

    static List<MimeMessage> mails() {
        return List.of(TasklistEndToEndTest.SMTP.getReceivedMessages());
    }

    static List<MimeMessage> mailsTo(String address) {
        return mails().stream().filter(m -> recipients(m).stream().anyMatch(a -> a.contains(address))).toList();
    }

    static List<String> subjectsTo(String address) {
        return mailsTo(address).stream().map(EndToEndFlow::subject).toList();
    }

    static MimeMessage lastMailTo(String address) {
        List<MimeMessage> all = mailsTo(address);
        if (all.isEmpty()) {
            throw new AssertionError("no mail to " + address);
        }
        return all.get(all.size() - 1);
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage m) {
        return MailAssertions.textOf(m);
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            return List.of(m.getRecipients(Message.RecipientType.TO)).stream().map(Object::toString).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- what the register shows ------------------------------------------------------------------------------

    Map<String, Object> row(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object p : params) {
            statement = statement.param(p);
        }
        return statement.query().singleRow();
    }

    /** A timestamp column as an instant, whichever Java type the database driver answers with. */
    static Instant instant(Object column) {
        if (column instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (column instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new AssertionError("not a timestamp: " + column);
    }

    List<Map<String, Object>> rows(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object p : params) {
            statement = statement.param(p);
        }
        return statement.query().listOfRows();
    }
}
