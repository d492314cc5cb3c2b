package dk.kk.almenstyring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, password);
    }

    private static Map<String, Object> value(String value) {
        return Map.of("value", value, "type", "String");
    }
}
