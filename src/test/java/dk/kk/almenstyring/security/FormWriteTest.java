package dk.kk.almenstyring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue #7, blocker: a member wrote any process variable of its task (the meeting's secretariat group, its date) with
 * {@code PUT /engine-rest/task/{id}/variables/…} or extra values in {@code submit-form}. Now a person other than the
 * administrator writes only the fields of the task's form (a start only its start form's), a read-only field only
 * unchanged, and process variables directly not at all, on /engine-rest and the webapps' API alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FormWriteTest {

    private static final String PROCESS_KEY = "security-candidate-group-task";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;

    @Value("${almen.demo.password}")
    private String password;
    @Value("${camunda.bpm.admin-user.id}")
    private String adminId;
    @Value("${camunda.bpm.admin-user.password}")
    private String adminPassword;

    private String deploymentId;
    private String instanceId;
    private String taskId;
    private final List<String> otherDeployments = new java.util.ArrayList<>();

    @BeforeEach
    void startATaskForSamarbejdsforumsMembers() {
        RestEngine.serveWith(engine);
        deploymentId = repositoryService.createDeployment().name("form-write-test")
                .addClasspathResource("security/candidate-group-task.bpmn")
                .addClasspathResource("security/candidate-group-task.form")
                .addClasspathResource("security/candidate-group-start.form")
                .deploy().getId();
        instanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of("forumGroup", "bl-sf")).getId();
        taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    @AfterEach
    void cleanUp() {
        repositoryService.deleteDeployment(deploymentId, true);
        otherDeployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void aMemberCannotSetAVariableOfItsTaskThatTheFormDoesNotDeclare() {
        ResponseEntity<Map> response = as("bl-aab").exchange("/engine-rest/task/" + taskId + "/variables/secretariatGroup",
                HttpMethod.PUT, new HttpEntity<>(value("bl-sf")), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) response.getBody().get("message"))
                .isEqualTo("Feltet secretariatGroup findes ikke i opgavens formular. Kun formularens egne felter kan udfyldes.");
        assertThat(runtimeService.getVariables(instanceId)).containsOnlyKeys("forumGroup");
    }

    @Test
    void aMemberCannotChangeAReadOnlyFieldOfItsForm() {
        ResponseEntity<Map> put = as("bl-aab").exchange("/engine-rest/task/" + taskId + "/variables/forumGroup",
                HttpMethod.PUT, new HttpEntity<>(value("bl-aab-egen")), Map.class);
        ResponseEntity<Map> complete = as("bl-aab").postForEntity("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("forumGroup", value("borgmestre"), "answer", value("Ja"))), Map.class);

        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) complete.getBody().get("message")).contains("forumGroup").contains("kan kun læses");
        assertThat(runtimeService.getVariables(instanceId)).containsExactly(Map.entry("forumGroup", "bl-sf"));
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void aMemberSubmitsTheFormsFieldsButNothingElse() {
        ResponseEntity<Map> extra = as("bl-aab").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", Map.of("answer", value("Ja"), "meetingStart", value("2027-01-01T10:00"))), Map.class);
        assertThat(extra.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) extra.getBody().get("message")).contains("meetingStart");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();

        // as Tasklist submits it: the read-only field comes back unchanged
        ResponseEntity<String> form = as("bl-aab").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", Map.of("answer", value("Ja"), "forumGroup", value("bl-sf"))), String.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
    }

    /**
     * Two members open the same group task in Tasklist; the second to press Fuldfør is told in Danish that someone
     * else has done it and that the form's content was not saved, not the engine's "Cannot find task with id".
     */
    @Test
    void theSecondMemberToCompleteATaskIsToldInDanishThatSomeoneElseDidIt() {
        Map<String, Object> form = Map.of("variables", Map.of("answer", value("Ja"), "forumGroup", value("bl-sf")));
        assertThat(as("bl-aab").postForEntity("/engine-rest/task/" + taskId + "/submit-form", form, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        for (String path : List.of("/submit-form", "/complete")) {
            ResponseEntity<Map> late = as("bl-kab").postForEntity("/engine-rest/task/" + taskId + path,
                    Map.of("variables", Map.of("answer", value("Nej"), "forumGroup", value("bl-sf"))), Map.class);
            assertThat(late.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat((String) late.getBody().get("message")).as(path).startsWith("Opgaven findes ikke længere")
                    .contains("ikke gemt").doesNotContain("Cannot find");
        }
    }

    @Test
    void theSecretariatCannotEditProcessVariablesDirectlyNeitherOverRestNorInCockpit() {
        String variable = "/process-instance/" + instanceId + "/variables";
        TestRestTemplate secretariat = as("sekretaer");
        assertThat(secretariat.exchange("/engine-rest" + variable + "/forumGroup", HttpMethod.PUT,
                new HttpEntity<>(value("sekretariat")), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(secretariat.postForEntity("/engine-rest" + variable,
                Map.of("modifications", Map.of("forumGroup", value("sekretariat"))), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(secretariat.exchange("/engine-rest" + variable + "/forumGroup", HttpMethod.DELETE, null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(secretariat.exchange("/engine-rest/execution/" + instanceId + "/localVariables/forumGroup",
                HttpMethod.PUT, new HttpEntity<>(value("sekretariat")), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        WebappSession cockpit = WebappSession.login(http, "sekretaer", password, "cockpit");
        ResponseEntity<String> edit = cockpit.exchange("/camunda/api/engine/engine/default" + variable + "/forumGroup",
                HttpMethod.PUT, value("sekretariat"));
        ResponseEntity<String> delete = cockpit.exchange("/camunda/api/engine/engine/default" + variable + "/forumGroup",
                HttpMethod.DELETE, null);
        assertThat(edit.getStatusCode()).as(edit.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(edit.getBody()).contains("Kun administratoren kan ændre procesdata direkte");
        assertThat(delete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.getVariables(instanceId)).containsExactly(Map.entry("forumGroup", "bl-sf"));

        ResponseEntity<String> byAdmin = http.withBasicAuth(adminId, adminPassword).exchange(
                "/engine-rest" + variable + "/forumGroup", HttpMethod.PUT, new HttpEntity<>(value("bl-psf")), String.class);
        assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.getVariable(instanceId, "forumGroup")).isEqualTo("bl-psf");
    }

    @Test
    void aStartWritesOnlyTheStartFormsFields() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
        TestRestTemplate secretariat = as("sekretaer");
        String definition = "/engine-rest/process-definition/key/" + PROCESS_KEY;

        ResponseEntity<Map> extra = secretariat.postForEntity(definition + "/start",
                Map.of("variables", Map.of("forumGroup", value("bl-sf"), "secretariatGroup", value("bl-sf"))), Map.class);
        ResponseEntity<Map> extraForm = secretariat.postForEntity(definition + "/submit-form",
                Map.of("variables", Map.of("forumGroup", value("bl-sf"), "memberGroups", value("bl-sf"))), Map.class);
        ResponseEntity<Map> inTheMiddle = secretariat.postForEntity(definition + "/start",
                Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "EndEvent_TaskAnswered"))),
                Map.class);

        assertThat(extra.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) extra.getBody().get("message")).isEqualTo("Feltet secretariatGroup findes ikke i"
                + " startformularen til 'Test: opgave til en gruppe'. Kun formularens egne felter kan udfyldes.");
        assertThat(extraForm.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(inTheMiddle.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);

        assertThat(secretariat.postForEntity(definition + "/submit-form",
                Map.of("variables", Map.of("forumGroup", value("bl-sf"))), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void messagesAndSignalsCarryNoVariablesFromAPerson() {
        TestRestTemplate secretariat = as("sekretaer");

        ResponseEntity<String> message = secretariat.postForEntity("/engine-rest/message",
                Map.of("messageName", "any", "processVariables", Map.of("secretariatGroup", value("bl-sf"))), String.class);
        ResponseEntity<String> signal = secretariat.postForEntity("/engine-rest/signal",
                Map.of("name", "any", "variables", Map.of("secretariatGroup", value("bl-sf"))), String.class);

        assertThat(message.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(signal.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(message.getBody()).contains("Kun administratoren kan ændre procesdata direkte (secretariatGroup)");
    }

    @Test
    void modificationsBatchesAndTaskErrorsCarryNoVariablesFromAPerson() {
        TestRestTemplate secretariat = as("sekretaer");

        ResponseEntity<String> modification = secretariat.postForEntity("/engine-rest/process-instance/" + instanceId
                + "/modification", Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
                "activityId", "Task_AnswerForGroup", "variables", Map.of("secretariatGroup", value("bl-sf"))))), String.class);
        ResponseEntity<String> batch = secretariat.postForEntity("/engine-rest/process-instance/variables-async",
                Map.of("processInstanceIds", List.of(instanceId), "variables", Map.of("secretariatGroup", value("bl-sf"))),
                String.class);
        ResponseEntity<String> taskError = as("bl-aab").postForEntity("/engine-rest/task/" + taskId + "/bpmnError",
                Map.of("errorCode", "any", "variables", Map.of("secretariatGroup", value("bl-sf"))), String.class);
        ResponseEntity<String> localTaskVariable = as("bl-aab").exchange("/engine-rest/task/" + taskId
                + "/localVariables/secretariatGroup", HttpMethod.PUT, new HttpEntity<>(value("bl-sf")), String.class);

        assertThat(modification.getStatusCode()).as(modification.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(batch.getStatusCode()).as(batch.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskError.getStatusCode()).as(taskError.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(localTaskVariable.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.getVariables(instanceId)).containsExactly(Map.entry("forumGroup", "bl-sf"));
        assertThat(taskService.createTaskQuery().processInstanceId(instanceId).count()).isOne();
    }

    @Test
    void anItemOfADynamicListHoldsTheListsFieldsAndTheProcesssOwnUnchanged() {
        String decisions = "[{\"itemId\":11,\"number\":1,\"title\":\"Status på helhedsplaner\",\"responsible\":\"SOF\","
                + "\"decision\":\"\",\"agreementItem\":false},{\"itemId\":12,\"number\":2,\"title\":\"Hovedaftalen\","
                + "\"responsible\":\"TMF\",\"decision\":\"\",\"agreementItem\":true}]";
        String record = "/engine-rest/task/" + aSecretariatTaskWithForm("record-minutes", "decisions", decisions) + "/submit-form";
        String agreed = "{\"itemId\":12,\"number\":2,\"title\":\"Hovedaftalen\",\"responsible\":\"TMF\","
                + "\"decision\":\"Godkendt.\",\"outcome\":\"AGREED\",\"agreementItem\":true}";
        String first = "{\"itemId\":11,\"number\":1,\"title\":\"Status på helhedsplaner\",\"responsible\":\"SOF\","
                + "\"decision\":\"Taget til efterretning.\",\"agreementItem\":false";

        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put(first + ",\"approvedBy\":\"borgmester\"}," + agreed, "har feltet approvedBy, som ikke findes i formularen");
        refused.put(first.replace("\"itemId\":11", "\"itemId\":13") + "}," + agreed, "feltet itemId kan kun læses");
        refused.put(first.replace("\"agreementItem\":false", "\"agreementItem\":true") + "}," + agreed,
                "feltet agreementItem kan kun læses");
        refused.put(first.replace("\"title\":\"Status på helhedsplaner\"", "\"title\":\"Hovedaftalen\"") + "}," + agreed,
                "feltet title kan kun læses");
        refused.put(first + "}," + agreed + ",{\"itemId\":12,\"decision\":\"Forkastet.\",\"agreementItem\":false}",
                "Punkt 3 i listen 'Beslutninger'");
        refused.put(first + "},\"Godkendt\"", "Punkt 2 i listen 'Beslutninger' i opgavens formular er ikke et punkt");
        for (Map.Entry<String, String> bad : refused.entrySet()) {
            ResponseEntity<Map> answer = as("sekretaer").postForEntity(record, Map.of("variables",
                    Map.of("decisions", json("[" + bad.getKey() + "]"))), Map.class);
            assertThat(answer.getStatusCode()).as(bad.getKey()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat((String) answer.getBody().get("message")).as(bad.getKey()).contains(bad.getValue());
        }
        String taskId = record.split("/")[3];
        assertThat(taskService.getVariable(taskId, "decisions").toString()).doesNotContain("Taget til efterretning");

        // as Tasklist submits it: the process's own fields unchanged, the decisions filled in
        ResponseEntity<String> filled = as("sekretaer").postForEntity(record, Map.of("variables",
                Map.of("decisions", json("[" + first + "}," + agreed + "]"))), String.class);
        assertThat(filled.getStatusCode()).as(filled.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        // a new agenda item carries none of the process's ids; a proposal's line keeps its own
        String agenda = "[{\"title\":\"Tryghed i opgangene\",\"description\":\"\",\"theme\":\"tryghed\","
                + "\"responsible\":\"SOF\",\"proposalId\":41}]";
        String prepare = "/engine-rest/task/" + aSecretariatTaskWithForm("prepare-agenda", "agendaItems", agenda) + "/submit-form";
        String added = "{\"title\":\"Klimatilpasning\",\"theme\":\"klima\",\"responsible\":\"TMF\",\"proposalId\":null"
                + ",\"agendaRequestId\":null}";
        ResponseEntity<Map> borrowed = as("sekretaer").postForEntity(prepare, Map.of("variables", Map.of("agendaItems",
                json(agenda.replace("]", "," + added.replace("\"agendaRequestId\":null", "\"agendaRequestId\":7") + "]")))),
                Map.class);
        assertThat(borrowed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) borrowed.getBody().get("message")).isEqualTo("Punkt 2 i listen 'Punkter på dagsordenen' i opgavens"
                + " formular: feltet agendaRequestId kan kun læses og kan ikke ændres.");
        ResponseEntity<String> prepared = as("sekretaer").postForEntity(prepare, Map.of("variables", Map.of("agendaItems",
                json("[" + added + "," + agenda.substring(1)))), String.class);
        assertThat(prepared.getStatusCode()).as(prepared.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** A task of a throwaway process with the deployed form, for the secretariat, with the list the process filled in. */
    private String aSecretariatTaskWithForm(String formId, String list, String items) {
        String key = "form-write-" + formId;
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().userTask().camundaFormRef(formId).camundaFormRefBinding("latest")
                .camundaCandidateGroups("sekretariat").endEvent().done();
        otherDeployments.add(repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy().getId());
        String instance = runtimeService.startProcessInstanceByKey(key,
                Map.of(list, org.camunda.spin.plugin.variable.SpinValues.jsonValue(items).create())).getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private static Map<String, Object> json(String value) {
        return Map.of("value", value, "type", "Json");
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, password);
    }

    private static Map<String, Object> value(String value) {
        return Map.of("value", value, "type", "String");
    }
}
