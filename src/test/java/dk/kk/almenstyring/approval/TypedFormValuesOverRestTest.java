package dk.kk.almenstyring.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.TestData;
import dk.kk.almenstyring.TestSmtp;
import dk.kk.almenstyring.accession.AccessionInvitations;
import dk.kk.almenstyring.accession.AccessionProcess;
import dk.kk.almenstyring.accession.AccessionRegister;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.approval.AgreementApprovalProcess.Element;
import dk.kk.almenstyring.approval.AgreementApprovalProcess.Var;
import dk.kk.almenstyring.approval.AgreementFixtures.Owned;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A wrongly typed value on the approve-agreement and answer-accession forms, sent over engine-rest by the person whose
 * task it is: 400 with a Danish reason naming the field, the task stays open and the register is unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TypedFormValuesOverRestTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Date MONDAY = Date.from(LocalDateTime.of(2027, 1, 4, 9, 0).atZone(DanishText.COPENHAGEN).toInstant());

    @Autowired
    TestRestTemplate http;
    @Value("${almen.demo.password}")
    String password;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AgreementRegister agreements;
    @Autowired
    AccessionInvitations invitations;
    @Autowired
    AccessionRegister accessions;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void mondayTheFourthOfJanuary2027() {
        ProcessEngines.registerProcessEngine(engine); // engine-rest must reach this context's engine
        ClockUtil.setCurrentTime(MONDAY);
    }

    @AfterEach
    void endWhatWasStarted() {
        TestData.endAll(engine.getRuntimeService(), jdbc);
        ClockUtil.reset();
    }

    @Test
    void aYesNoWhereTheDecisionBelongsIsRefusedAndNothingIsRecorded() throws Exception {
        Owned agreement = AgreementFixtures.hovedaftale(agreements, "Hovedaftale 2027–2030");
        String instance = engine.getRuntimeService().startProcessInstanceByKey(AgreementApprovalProcess.PROCESS_KEY, Map.of(
                Var.AGREEMENT_ID.getName(), agreement.id(), Var.AGREEMENT_VERSION.getName(), 1,
                Var.OWNER_PROCESS_INSTANCE_ID.getName(), agreement.owner())).getId();
        String task = task(instance, Element.APPROVE_BR);

        ResponseEntity<String> answer = submit("br-sekretaer", task, Map.of(
                Var.APPROVAL_DECISION.getName(), typed(true, "Boolean"),
                Var.DECIDED_ON.getName(), typed("04.01.2027", "String"),
                Var.CASE_REFERENCE.getName(), typed("BR 1", "String")));

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(message(answer)).isEqualTo("Feltet 'Beslutning' skal udfyldes med tekst.");
        assertThat(task(instance, Element.APPROVE_BR)).as("the task stays open").isEqualTo(task);
        assertThat(agreements.approvals(agreement.id())).as("nothing is recorded").isEmpty();
        assertThat(engine.getTaskService().getVariable(task, Var.CASE_REFERENCE.getName())).as("nothing is kept").isNull();
    }

    @Test
    void aNumberWhereTheAccessionAnswerBelongsIsRefusedAndNothingIsRecorded() throws Exception {
        Owned agreement = AgreementFixtures.activeHovedaftale(agreements, "Hovedaftale 2027–2030");
        invitations.inviteAll(agreement.id(), "Hovedaftale 2027–2030");
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AccessionProcess.PROCESS_KEY)
                .processInstanceBusinessKey("agreement-" + agreement.id() + "/KAB").singleResult().getId();
        String task = task(instance, AccessionProcess.Element.ANSWER_ACCESSION);

        ResponseEntity<String> answer = submit("bo-kab", task, Map.of(
                AccessionProcess.Var.ACCESSION_ANSWER.getName(), typed(1, "Integer")));

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(message(answer)).isEqualTo("Feltet 'Svar' skal udfyldes med tekst.");
        assertThat(task(instance, AccessionProcess.Element.ANSWER_ACCESSION)).as("the task stays open").isEqualTo(task);
        assertThat(accessions.find(agreement.id(), "KAB").orElseThrow().answered()).as("nothing is recorded").isFalse();
    }

    private ResponseEntity<String> submit(String user, String task, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("variables", variables);
        return http.withBasicAuth(user, password).postForEntity("/engine-rest/task/" + task + "/submit-form", body,
                String.class);
    }

    private String task(String instance, String element) {
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(element).singleResult();
        return task == null ? null : task.getId();
    }

    private static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    private static String message(ResponseEntity<String> answer) throws Exception {
        JsonNode body = JSON.readTree(answer.getBody());
        return body.path("message").asText("");
    }
}
