package dk.kk.almenstyring.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.TestData;
import dk.kk.almenstyring.TestSmtp;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.meeting.MeetingCycle.Element;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue #7: every refusal is a 4xx with a Danish reason and changes nothing. A large table of bad inputs goes to every
 * /api endpoint, to engine-rest's start and submit-form of every process with a start form, and to every user task
 * form; each answer must be 4xx (never 500) with a non-empty Danish {@code message}, and the product's tables, the
 * process instances and their variables must be as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class BadInputTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE = "x".repeat(100_000);
    /** Words a Danish reason is made of; an English engine message has none of them. */
    private static final Pattern DANISH = Pattern.compile("(?i)(æ|ø|å|\\b(ikke|mangler|ukendt|findes|ugyldig|skal|kan|er"
            + "|en|et|og|til|giv|vælg|skriv|angiv|feltet)\\b)");
    /** What engine-rest's own English answers start with. */
    private static final Pattern ENGLISH = Pattern.compile("(Cannot|No |Unknown|Invalid|The |ENGINE-|Exception)");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    dk.kk.almenstyring.agenda.AgendaRequests agendaRequests;
    @Value("${almen.demo.password}")
    String password;

    private long meetingId;
    private final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void aMeetingOfSamarbejdsforum() {
        ProcessEngines.registerProcessEngine(engine); // engine-rest must reach this context's engine
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 1, 4, 9, 0).atZone(DanishText.COPENHAGEN).toInstant()));
        ResponseEntity<Map> created = as("sekretaer").postForEntity("/api/meetings",
                Map.of("forumKey", "SF", "meetingDate", "2027-02-11", "meetingTime", "14:00"), Map.class);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        meetingId = ((Number) created.getBody().get("id")).longValue();
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
        TestData.endAll(runtimeService, jdbc);
    }

    @Test
    void everyApiEndpointRefusesBadInputWithADanishReason(CapturedOutput log) {
        String meeting = "/api/meetings/" + meetingId;
        List<Case> cases = List.of(
                new Case("sekretaer", HttpMethod.POST, "/api/meetings", "{\"forumKey\": 5, \"meetingDate\": \"2027-05-01\", \"meetingTime\": \"14:00\"}"),
                new Case("sekretaer", HttpMethod.POST, "/api/meetings", "{\"forumKey\": {\"key\": \"SF\"}}"),
                new Case("sekretaer", HttpMethod.POST, "/api/meetings", "{\"forumKey\": [\"SF\"]}"),
                new Case("sekretaer", HttpMethod.POST, "/api/meetings", "{\"forumKey\": \"XX\", \"meetingDate\": \"2027-05-01\", \"meetingTime\": \"14:00\"}"),
                new Case("sekretaer", HttpMethod.POST, "/api/meetings", json(Map.of("forumKey", "SF", "meetingDate", "2027-05-01",
                        "meetingTime", "14:00", "meetingLocation", HUGE))),
                new Case("sekretaer", HttpMethod.POST, "/api/meetings", json(Map.of("forumKey", "SF", "meetingDate", "2027-01-10",
                        "meetingTime", "14:00", "extraordinaryReason", HUGE))),
                new Case("sekretaer", HttpMethod.POST, "/api/meetings", "{\"forumKey\": \"SF\", \"meetingDate\": \"i morgen\", \"meetingTime\": \"14:00\"}"),
                new Case("sekretaer", HttpMethod.POST, "/api/meetings", "{\"forumKey\": \"SF\", \"meetingDate\": \"2027-05-01\", \"meetingTime\": 1400}"),
                new Case("sekretaer", HttpMethod.POST, "/api/meetings", "{\"forumKey\": \"SF\""),
                new Case("sekretaer", HttpMethod.POST, "/api/meetings", ""),
                new Case("sekretaer", HttpMethod.POST, "/api/meetings", "[]"),
                new Case("bl-aab", HttpMethod.POST, meeting + "/proposals", json(Map.of("title", HUGE))),
                new Case("bl-aab", HttpMethod.POST, meeting + "/proposals", json(Map.of("title", "Et punkt", "description", HUGE))),
                new Case("bl-aab", HttpMethod.POST, meeting + "/proposals", json(Map.of("title", "Et punkt", "theme", HUGE))),
                new Case("bl-aab", HttpMethod.POST, meeting + "/proposals", json(Map.of("title", "Et punkt", "theme", "ukendt-tema"))),
                new Case("bl-aab", HttpMethod.POST, meeting + "/proposals", json(Map.of("title", "Et punkt", "proposerForvaltning", "XYZ"))),
                new Case("bl-aab", HttpMethod.POST, meeting + "/proposals", "{\"title\": {\"a\": 1}}"),
                new Case("bl-aab", HttpMethod.POST, "/api/meetings/abc/proposals", json(Map.of("title", "Et punkt"))),
                new Case("bl-aab", HttpMethod.POST, "/api/meetings/999999/proposals", json(Map.of("title", "Et punkt"))),
                new Case("bl-aab", HttpMethod.POST, meeting + "/comments", json(Map.of("text", HUGE))),
                new Case("bl-aab", HttpMethod.POST, meeting + "/comments", json(Map.of("text", ""))),
                new Case("bl-aab", HttpMethod.POST, meeting + "/comments", "{\"text\": 17}"),
                new Case("sekretaer", HttpMethod.POST, meeting + "/move", json(Map.of("newMeetingDate", "2027-03-11",
                        "newMeetingTime", "10:00", "reason", HUGE))),
                new Case("sekretaer", HttpMethod.POST, meeting + "/move", json(Map.of("newMeetingDate", "2027-03-11",
                        "newMeetingTime", "10:00", "newMeetingLocation", HUGE, "reason", "Flyttet"))),
                new Case("sekretaer", HttpMethod.POST, meeting + "/move", json(Map.of("newMeetingDate", "11. marts",
                        "newMeetingTime", "10:00", "reason", "Flyttet"))),
                new Case("sekretaer", HttpMethod.POST, meeting + "/move", json(Map.of("newMeetingDate", "2026-03-11",
                        "newMeetingTime", "10:00", "reason", "Flyttet"))),
                new Case("sekretaer", HttpMethod.POST, meeting + "/cancel", json(Map.of("reason", HUGE))),
                new Case("sekretaer", HttpMethod.POST, meeting + "/cancel", "{\"reason\": true}"),
                new Case("bl-aab", HttpMethod.GET, "/api/meetings/abc", null),
                new Case("bl-aab", HttpMethod.GET, "/api/meetings/999999", null),
                new Case("bl-aab", HttpMethod.GET, "/api/forums/XX/meetings", null),
                new Case("bl-aab", HttpMethod.GET, "/api/agreements/abc", null),
                new Case("bl-aab", HttpMethod.GET, "/api/agreements/999999", null),
                new Case("bl-aab", HttpMethod.DELETE, meeting, null),
                new Case("bl-aab", HttpMethod.GET, "/api/no-such-thing", null));

        assertEachRefusedAndNothingChanged(cases);
        assertThat(log.getOut()).as("a refusal logs no stack trace").doesNotContain("\tat dk.kk.almenstyring");
    }

    @Test
    void engineRestStartAndSubmitFormRefuseWithOnlyTheDanishReason(CapturedOutput log) {
        List<Case> cases = new ArrayList<>();
        // a value the start delegate refuses: the same reason as through /api, nothing else
        cases.add(new Case("sekretaer", HttpMethod.POST, "/engine-rest/process-definition/key/meeting-cycle/start",
                json(Map.of("variables", Map.of("forumKey", string("SF"), "meetingDate", string("2026-01-01"),
                        "meetingTime", string("14:00"))))));
        for (JsonNode form : startForms()) {
            String key = processKeyOf(form);
            String definition = "/engine-rest/process-definition/key/" + key;
            cases.add(new Case("sekretaer", HttpMethod.POST, definition + "/submit-form", json(Map.of("variables", Map.of()))));
            for (Map<String, Object> tooLong : tooLongValues(form)) {
                cases.add(new Case("sekretaer", HttpMethod.POST, definition + "/submit-form", json(Map.of("variables", tooLong))));
                cases.add(new Case("sekretaer", HttpMethod.POST, definition + "/start", json(Map.of("variables", tooLong))));
            }
        }

        List<ResponseEntity<String>> answers = assertEachRefusedAndNothingChanged(cases);
        assertThat(message(answers.get(0))).startsWith("Mødetidspunktet").contains("fortiden").doesNotContain("Cannot");
        assertThat(log.getOut()).as("a refusal logs no stack trace").doesNotContain("\tat org.camunda");
    }

    @Test
    void everyUserTaskFormRefusesValuesBeyondItsLimits() {
        List<Case> cases = new ArrayList<>();
        for (JsonNode form : forms(false)) {
            String taskId = aTaskWithForm(form.path("id").asText());
            for (Map<String, Object> tooLong : tooLongValues(form)) {
                cases.add(new Case("sekretaer", HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form",
                        json(Map.of("variables", tooLong))));
                cases.add(new Case("sekretaer", HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                        json(Map.of("variables", tooLong))));
            }
        }
        assertThat(cases).hasSizeGreaterThan(20);

        assertEachRefusedAndNothingChanged(cases);
    }

    @Test
    void minutesTheMeetingCycleRefusesAnswer400WithOnlyItsReasonThroughEngineRest() {
        ResponseEntity<Map> created = as("sekretaer").postForEntity("/api/meetings",
                Map.of("forumKey", "TKS", "meetingDate", "2027-01-28", "meetingTime", "09:00"), Map.class);
        String instance = jdbc.sql("select process_instance_id from meeting where id = ?")
                .param(((Number) created.getBody().get("id")).longValue()).query(String.class).single();
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        clockAt(LocalDateTime.of(2027, 1, 18, 16, 1)); // after the proposal deadline
        String agenda = json(List.of(Map.of("title", "Status på helhedsplaner", "description", "", "theme", "boligsocial",
                "responsible", "SOF")));
        ResponseEntity<String> agendaSent = as("sekretaer").postForEntity("/engine-rest/task/" + task(instance, Element.PREPARE_AGENDA)
                + "/submit-form", Map.of("variables", Map.of(Var.AGENDA_ITEMS, Map.of("type", "Json", "value", agenda))),
                String.class);
        assertThat(agendaSent.getStatusCode().value()).as(agendaSent.getBody()).isEqualTo(204);
        clockAt(LocalDateTime.of(2027, 1, 28, 11, 1)); // the meeting has ended
        String record = "/engine-rest/task/" + task(instance, Element.RECORD_MINUTES) + "/submit-form";
        String decisions = json(JsonVariables.objects(runtimeService.getVariable(instance, Var.DECISIONS)));

        List<Case> cases = List.of(
                new Case("sekretaer", HttpMethod.POST, record, json(Map.of("variables", Map.of(
                        Var.DECISIONS, Map.of("type", "Json", "value", decisions), Var.MINUTES_TEXT, string("Referat"))))),
                new Case("sekretaer", HttpMethod.POST, record, json(Map.of("variables", Map.of(
                        Var.DECISIONS, Map.of("type", "Json", "value", decisions.replace("\"decision\":\"\"",
                                "\"decision\":\"Taget til efterretning.\"")), Var.MINUTES_TEXT, string(" "))))));
        List<ResponseEntity<String>> answers = assertEachRefusedAndNothingChanged(cases);

        assertThat(message(answers.get(0))).isEqualTo("Punkt 1 (Status på helhedsplaner) mangler en beslutning.");
        assertThat(message(answers.get(1))).isEqualTo("Referatet er tomt.");
    }

    @Test
    void minutesWithoutAnOutcomeOnAnAgreementItemAreRefusedThroughEngineRestAndNothingIsDecided() {
        String instance = tksMeetingWithAgenda(true);
        List<Map<String, Object>> decisions = JsonVariables.objects(runtimeService.getVariable(instance, Var.DECISIONS));
        assertThat(decisions).extracting(d -> d.get("agreementItem")).containsExactly(false, true);
        decisions.forEach(d -> d.put("decision", "Drøftet."));
        String record = "/engine-rest/task/" + task(instance, Element.RECORD_MINUTES) + "/submit-form";
        Map<String, Object> withoutOutcome = Map.of(Var.DECISIONS, Map.of("type", "Json", "value", json(decisions)),
                Var.MINUTES_TEXT, string("Referat"));
        decisions.get(1).put("outcome", "MAYBE");
        Map<String, Object> unknownOutcome = Map.of(Var.DECISIONS, Map.of("type", "Json", "value", json(decisions)),
                Var.MINUTES_TEXT, string("Referat"));

        List<ResponseEntity<String>> answers = assertEachRefusedAndNothingChanged(List.of(
                new Case("sekretaer", HttpMethod.POST, record, json(Map.of("variables", withoutOutcome))),
                new Case("sekretaer", HttpMethod.POST, record, json(Map.of("variables", unknownOutcome)))));

        for (ResponseEntity<String> answer : answers) {
            assertThat(answer.getStatusCode().value()).isEqualTo(400);
            assertThat(message(answer)).isEqualTo("Punkt 2 (Hovedaftalen til drøftelse) handler om en aftale: angiv om der var enighed.");
        }
        assertThat(jdbc.sql("select count(*) from agenda_item where decision is not null").query(Integer.class).single())
                .as("the first item's decision is not half-written").isZero();
        assertThat(jdbc.sql("select count(*) from agenda_request where outcome is not null").query(Integer.class).single()).isZero();
        assertThat(task(instance, Element.RECORD_MINUTES)).as("the task is still open").isNotNull();
    }

    @Test
    void anEmptyFinalMinutesTextIsRefusedThroughEngineRestAndNoVersionIsAdded() {
        String instance = tksMeetingWithAgenda(false);
        List<Map<String, Object>> decisions = JsonVariables.objects(runtimeService.getVariable(instance, Var.DECISIONS));
        decisions.forEach(d -> d.put("decision", "Taget til efterretning."));
        ResponseEntity<String> recorded = as("sekretaer").postForEntity("/engine-rest/task/" + task(instance, Element.RECORD_MINUTES)
                + "/submit-form", Map.of("variables", Map.of(Var.DECISIONS, Map.of("type", "Json", "value", json(decisions)),
                Var.MINUTES_TEXT, string("Referat v1"))), String.class);
        assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(204);
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        long tks = (Long) runtimeService.getVariable(instance, Var.MEETING_ID);
        ResponseEntity<String> comment = as("tks-sof").postForEntity("/api/meetings/" + tks + "/comments",
                Map.of("text", "SOF ønsker punkt 1 præciseret."), String.class);
        assertThat(comment.getStatusCode().is2xxSuccessful()).as(comment.getBody()).isTrue();
        java.sql.Timestamp windowEnd = jdbc.sql("select comment_window_end from meeting where id = ?").param(tks)
                .query(java.sql.Timestamp.class).single();
        clockAt(LocalDateTime.ofInstant(windowEnd.toInstant().plusSeconds(1), DanishText.COPENHAGEN));
        String incorporate = "/engine-rest/task/" + task(instance, Element.INCORPORATE_COMMENTS) + "/submit-form";

        List<ResponseEntity<String>> answers = assertEachRefusedAndNothingChanged(List.of(
                new Case("sekretaer", HttpMethod.POST, incorporate, json(Map.of("variables", Map.of(Var.FINAL_MINUTES_TEXT, string("  \n "))))),
                new Case("sekretaer", HttpMethod.POST, incorporate, json(Map.of("variables", Map.of(Var.FINAL_MINUTES_TEXT, string(""))))),
                new Case("sekretaer", HttpMethod.POST, incorporate, json(Map.of("variables", Map.of(Var.FINAL_MINUTES_TEXT,
                        Map.of("type", "Integer", "value", 7)))))));

        for (ResponseEntity<String> answer : answers.subList(0, 2)) {
            assertThat(answer.getStatusCode().value()).isEqualTo(400);
            assertThat(message(answer)).isEqualTo("Det endelige referat er tomt.");
        }
        assertThat(jdbc.sql("select count(*) from minutes_version where meeting_id = ?").param(tks).query(Integer.class).single())
                .as("only the first version").isOne();
        assertThat(jdbc.sql("select count(*) from meeting where id = ? and minutes_final_at is null").param(tks)
                .query(Integer.class).single()).as("the minutes are not final").isOne();
    }

    /**
     * A meeting of Den Tværkommunale Styregruppe, held, whose minutes are due: one ordinary item and, if asked, an item
     * about an agreement (an agenda request of a process; here the meeting's own, which waits for no decision).
     */
    private String tksMeetingWithAgenda(boolean withAgreementItem) {
        ResponseEntity<Map> created = as("sekretaer").postForEntity("/api/meetings",
                Map.of("forumKey", "TKS", "meetingDate", "2027-01-28", "meetingTime", "09:00"), Map.class);
        long tks = ((Number) created.getBody().get("id")).longValue();
        String instance = jdbc.sql("select process_instance_id from meeting where id = ?").param(tks).query(String.class).single();
        if (withAgreementItem) {
            agendaRequests.request("TKS", "Hovedaftalen til drøftelse", "", "TMF", null, instance);
        }
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        clockAt(LocalDateTime.of(2027, 1, 18, 16, 1)); // after the proposal deadline
        List<Map<String, Object>> agenda = new ArrayList<>(List.of(Map.of("title", "Status på helhedsplaner",
                "description", "", "theme", "boligsocial", "responsible", "SOF")));
        agenda.addAll(JsonVariables.objects(runtimeService.getVariable(instance, Var.AGENDA_ITEMS)));
        ResponseEntity<String> agendaSent = as("sekretaer").postForEntity("/engine-rest/task/" + task(instance, Element.PREPARE_AGENDA)
                + "/submit-form", Map.of("variables", Map.of(Var.AGENDA_ITEMS, Map.of("type", "Json", "value", json(agenda)))),
                String.class);
        assertThat(agendaSent.getStatusCode().value()).as(agendaSent.getBody()).isEqualTo(204);
        clockAt(LocalDateTime.of(2027, 1, 28, 11, 1)); // the meeting has ended
        return instance;
    }

    private void clockAt(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(DanishText.COPENHAGEN).toInstant()));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
    }

    private String task(String instance, String element) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(element).singleResult().getId();
    }

    private List<ResponseEntity<String>> assertEachRefusedAndNothingChanged(List<Case> cases) {
        Map<String, Integer> before = counts();
        List<ResponseEntity<String>> answers = new ArrayList<>();
        for (Case c : cases) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> answer = as(c.user()).exchange(c.path(), c.method(),
                    new HttpEntity<>(c.body(), headers), String.class);
            String what = c.method() + " " + c.path() + " " + abbreviate(c.body()) + " → " + answer.getStatusCode()
                    + " " + abbreviate(answer.getBody());
            assertThat(answer.getStatusCode().is4xxClientError()).as(what).isTrue();
            assertThat(message(answer)).as(what).isNotBlank().containsPattern(DANISH).doesNotContainPattern(ENGLISH);
            answers.add(answer);
        }
        assertThat(counts()).isEqualTo(before);
        return answers;
    }

    /** Rows of the product's tables, process instances, their variables and tasks. */
    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : List.of("meeting", "meeting_change", "agenda_proposal", "agenda_item", "minutes_version",
                "minutes_comment", "attendance", "agreement", "agreement_version", "agenda_request", "mail_log",
                "ACT_RU_EXECUTION", "ACT_RU_VARIABLE", "ACT_RU_TASK", "ACT_RU_JOB")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Integer.class).single());
        }
        return counts;
    }

    /** A task of a throwaway process with the deployed form, for the secretariat. */
    private String aTaskWithForm(String formId) {
        String key = "bad-input-" + formId;
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().userTask().camundaFormRef(formId).camundaFormRefBinding("latest")
                .camundaCandidateGroups("sekretariat").endEvent().done();
        deployments.add(repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy().getId());
        String instance = runtimeService.startProcessInstanceByKey(key).getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    /** For each text field with a limit: variables with that one field one character too long (in a list: one item). */
    private static List<Map<String, Object>> tooLongValues(JsonNode form) {
        List<Map<String, Object>> all = new ArrayList<>();
        collectTooLong(form.path("components"), null, all);
        return all;
    }

    private static void collectTooLong(JsonNode components, String listPath, List<Map<String, Object>> all) {
        for (JsonNode component : components) {
            int max = component.path("validate").path("maxLength").asInt(0);
            String key = component.path("key").asText("");
            if (max > 0 && !key.isEmpty() && !component.path("readonly").asBoolean(false)) {
                String value = "x".repeat(max + 1);
                all.add(listPath == null ? Map.of(key, string(value))
                        : Map.of(listPath, Map.of("type", "Json", "value", json(List.of(Map.of(key, value))))));
            }
            if (component.has("components")) {
                collectTooLong(component.get("components"), component.path("path").asText(listPath), all);
            }
        }
    }

    private static List<JsonNode> startForms() {
        return forms(true);
    }

    private static List<JsonNode> forms(boolean start) {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            List<JsonNode> forms = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                if (processKeyOf(form) != null == start) {
                    forms.add(form);
                }
            }
            return forms;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The process whose start event uses the form, or null for a task form. */
    private static String processKeyOf(JsonNode form) {
        String id = form.path("id").asText();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                String xml = Files.readString(file);
                var start = java.util.regex.Pattern.compile("<bpmn:process id=\"([^\"]+)\"[\\s\\S]*?<bpmn:startEvent[^>]*camunda:formRef=\""
                        + Pattern.quote(id) + "\"").matcher(xml);
                if (start.find()) {
                    return start.group(1);
                }
            }
            return null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String message(ResponseEntity<String> answer) {
        try {
            return answer.getBody() == null ? "" : JSON.readTree(answer.getBody()).path("message").asText("");
        } catch (IOException notJson) {
            return "";
        }
    }

    private static Map<String, Object> string(String value) {
        return Map.of("type", "String", "value", value);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() < 200 ? text : text.substring(0, 200) + "…";
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, password);
    }

    private record Case(String user, HttpMethod method, String path, String body) {
    }
}
