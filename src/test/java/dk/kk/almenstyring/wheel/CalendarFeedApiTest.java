package dk.kk.almenstyring.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.TestData;
import dk.kk.almenstyring.TestSmtp;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.wheel.AnnualWheelProcess.Var;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The årshjul as calendars over real HTTP: what a subscriber's calendar client reads from /api/calendar, before and
 * after a planned meeting is called, moved and cancelled, and who may read which forum.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarFeedApiTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;
    @Autowired
    AnnualPlanRepository plans;
    @Autowired
    JdbcClient jdbc;
    @Value("${almen.demo.password}")
    String password;

    @BeforeEach
    void today() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 1, 4, 9, 0).atZone(DanishText.COPENHAGEN).toInstant()));
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        TestData.endAll(runtimeService, jdbc);
    }

    @Test
    void theFeedFollowsThePlanAndEveryMoveAndCancellationUnderOneUidPerPlannedMeeting() throws Exception {
        approvePlanFor2028();
        List<PlanRow> sf = plans.rowsOfYear(2028).stream().filter(r -> r.forumKey().equals("SF")).toList();
        PlanRow first = sf.get(0);
        PlanRow second = sf.get(1);

        Map<String, Component> feed = events(get("bl-aab", "/api/calendar/SF.ics"));
        assertThat(feed).hasSize(6).containsKey(first.calendarUid());
        Component planned = feed.get(first.calendarUid());
        assertThat(value(planned, "DTSTART")).isEqualTo("20280208T120000Z"); // Tuesday 8 February 2028 13:00
        assertThat(value(planned, "SEQUENCE")).isEqualTo("0");
        assertThat(value(planned, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(planned, "SUMMARY")).isEqualTo("Samarbejdsforum");
        assertThat(value(planned, "LOCATION")).isEqualTo("Teknik- og Miljøforvaltningen, Center for Bydesign");

        // called on 4 January 2028: the same entry, now read from the meeting
        moveClockTo(first.callAt());
        long firstMeeting = plans.find(first.id()).orElseThrow().meetingId();
        Component called = events(get("bl-aab", "/api/calendar/SF.ics")).get(first.calendarUid());
        assertThat(value(called, "DTSTART")).isEqualTo("20280208T120000Z");
        assertThat(value(called, "SEQUENCE")).isEqualTo("0");

        // moved: before the move the old time, after it the new one with SEQUENCE 1 under the same UID
        ResponseEntity<String> moved = post("/api/meetings/" + firstMeeting + "/move", Map.of("newMeetingDate", "2028-02-10",
                "newMeetingTime", "14:00", "reason", "Formanden er forhindret."));
        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
        Component afterMove = events(get("bl-aab", "/api/calendar/SF.ics")).get(first.calendarUid());
        assertThat(value(afterMove, "DTSTART")).isEqualTo("20280210T130000Z");
        assertThat(value(afterMove, "SEQUENCE")).isEqualTo("1");
        assertThat(value(afterMove, "STATUS")).isEqualTo("CONFIRMED");

        // cancelled: before it CONFIRMED at SEQUENCE 0, after it CANCELLED at SEQUENCE 1
        for (PlanRow row : plans.rowsOfYear(2028).stream().sorted(Comparator.comparing(PlanRow::callAt)).toList()) {
            if (row.callAt().isAfter(first.callAt()) && !row.callAt().isAfter(second.callAt())) {
                moveClockTo(row.callAt());
            }
        }
        long secondMeeting = plans.find(second.id()).orElseThrow().meetingId();
        Component beforeCancel = events(get("bl-aab", "/api/calendar/SF.ics")).get(second.calendarUid());
        assertThat(value(beforeCancel, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(beforeCancel, "SEQUENCE")).isEqualTo("0");
        ResponseEntity<String> cancelled = post("/api/meetings/" + secondMeeting + "/cancel",
                Map.of("reason", "Sammenfald med budgetforhandlingerne."));
        assertThat(cancelled.getStatusCode()).as(cancelled.getBody()).isEqualTo(HttpStatus.OK);
        Map<String, Component> afterCancel = events(get("bl-aab", "/api/calendar/SF.ics"));
        assertThat(afterCancel).hasSize(6);
        assertThat(value(afterCancel.get(second.calendarUid()), "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(afterCancel.get(second.calendarUid()), "SEQUENCE")).isEqualTo("1");
        assertThat(value(afterCancel.get(second.calendarUid()), "SUMMARY")).isEqualTo("Aflyst: Samarbejdsforum");
        assertThat(value(afterCancel.get(first.calendarUid()), "DTSTART")).as("the moved one stays moved").isEqualTo("20280210T130000Z");
    }

    @Test
    void eachReaderSeesTheForumsHeOrSheMayReadAndInternalForumsStayInternal() throws Exception {
        approvePlanFor2028();
        assertThat(http.getForEntity("/api/calendar/all.ics", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> all = get("sekretaer", "/api/calendar/all.ics");
        assertThat(all.getHeaders().getContentType().toString()).startsWith("text/calendar");
        assertThat(all.getBody()).contains("METHOD:PUBLISH").contains("X-WR-CALNAME:Almen styring: alle fora");
        assertThat(events(all)).hasSize(17);

        // bl-aab sits in Samarbejdsforum only: TKS and BMF are internal, PSF shows only a published agenda (F4)
        Map<String, Component> member = events(get("bl-aab", "/api/calendar/all.ics"));
        assertThat(member.values()).extracting(e -> value(e, "SUMMARY")).containsOnly("Samarbejdsforum").hasSize(6);
        ResponseEntity<String> tks = as("bl-aab").getForEntity("/api/calendar/TKS.ics", String.class);
        assertThat(tks.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tks.getBody()).contains("er ikke medlem af Den Tværkommunale Styregruppe").doesNotContain("Exception");
        assertThat(events(get("bl-aab", "/api/calendar/PSF.ics"))).as("no PSF agenda published yet").isEmpty();
        assertThat(events(get("tks-sof", "/api/calendar/TKS.ics"))).hasSize(8);
        assertThat(events(get("borgmester-kff", "/api/calendar/PSF.ics"))).hasSize(1);

        ResponseEntity<String> unknown = as("sekretaer").getForEntity("/api/calendar/XYZ.ics", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains("Ukendt forum");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private void approvePlanFor2028() {
        identityService.setAuthentication("sekretaer", List.of("sekretariat", "tmf"));
        try {
            ProcessInstance pi = runtimeService.startProcessInstanceByKey(AnnualWheelProcess.PROCESS_KEY, Map.of(Var.PLAN_YEAR, "2028"));
            Object plan = runtimeService.getVariable(pi.getId(), Var.PLANNED_MEETINGS);
            String task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
            taskService.complete(task, Map.of(Var.PLANNED_MEETINGS, JsonVariables.json(JsonVariables.objects(plan))));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
        ProcessTestSupport.executeDueJobs(managementService);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, password);
    }

    private ResponseEntity<String> get(String user, String path) {
        ResponseEntity<String> answer = as(user).getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer;
    }

    private ResponseEntity<String> post(String path, Map<String, Object> body) {
        return as("sekretaer").exchange(path, HttpMethod.POST, new HttpEntity<>(body), String.class);
    }

    /** The feed's events by UID. */
    private static Map<String, Component> events(ResponseEntity<String> answer) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(answer.getBody()));
        Map<String, Component> byUid = new LinkedHashMap<>();
        for (CalendarComponent event : calendar.<CalendarComponent>getComponents("VEVENT")) {
            byUid.put(value(event, "UID"), event);
        }
        return byUid;
    }

    private static String value(Component event, String property) {
        return event.getProperty(property).map(p -> ((Property) p).getValue()).orElse(null);
    }
}
