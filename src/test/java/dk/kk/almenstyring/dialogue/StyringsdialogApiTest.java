package dk.kk.almenstyring.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.TestData;
import dk.kk.almenstyring.TestSmtp;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The round over HTTP, as people call it with any body: GET /api/styringsdialog/{year} (the secretariat and the
 * forvaltninger the whole round, an organisation only its own dialogue, anyone else 403), and /engine-rest, where an
 * organisation can neither complete nor read another organisation's dialogue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StyringsdialogApiTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DialogueRegister register;
    @Value("${almen.demo.password}")
    String password;

    String kab;

    @BeforeEach
    void roundOf2027WithKabInvited() {
        ProcessEngines.registerProcessEngine(engine);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 8, 16, 9, 0).atZone(DanishText.COPENHAGEN).toInstant()));
        engine.getIdentityService().setAuthentication("sekretaer", List.of("sekretariat", "tmf"));
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(StyringsdialogProcess.ROUND_KEY).latestVersion().singleResult().getId();
        engine.getFormService().submitStartForm(definition, Map.of(Var.YEAR, 2027));
        engine.getIdentityService().clearAuthentication();
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        kab = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(StyringsdialogProcess.DIALOGUE_KEY)
                .variableValueEquals(Var.ORGANISATION_CODE, "KAB").singleResult().getId();
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        TestData.endAll(engine.getRuntimeService(), jdbc);
    }

    @Test
    void theSecretariatAndTheForvaltningerReadTheRoundAnOrganisationOnlyItsOwn() {
        int organisations = register.ofYear(2027).size();
        for (String reader : List.of("sekretaer", "tks-sof")) {
            ResponseEntity<Map> round = as(reader).getForEntity("/api/styringsdialog/2027", Map.class);
            assertThat(round.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat((Map<String, Object>) round.getBody().get("counts")).containsEntry(Var.INVITED, organisations)
                    .containsEntry(Var.BOOKED, 0);
            assertThat((List<?>) round.getBody().get("dialogues")).hasSize(organisations);
        }

        ResponseEntity<Map> own = as("bo-kab").getForEntity("/api/styringsdialog/2027", Map.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) own.getBody().get("dialogues")).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("organisationCode", "KAB").containsEntry("status", "INVITED"));
        assertThat(own.getBody()).doesNotContainKey("counts");

        ResponseEntity<Map> outsider = as("bl-formand").getForEntity("/api/styringsdialog/2027", Map.class);
        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) outsider.getBody().get("message")).contains("kan ikke læse styringsdialogen 2027");
        assertThat(as("sekretaer").getForEntity("/api/styringsdialog/2031", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("sekretaer").getForEntity("/api/styringsdialog/i-aar", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anOrganisationCannotBookOrReadAnotherOrganisationsDialogueThroughTheEngineRestApi() {
        Task book = engine.getTaskService().createTaskQuery().processInstanceId(kab).singleResult();
        Map<String, Object> body = Map.of("variables", Map.of(
                Var.MEETING_DATE, Map.of("value", "14.10.2027", "type", "String"),
                Var.MEETING_TIME, Map.of("value", "10.00", "type", "String"),
                Var.MEETING_LOCATION, Map.of("value", "Hos AAB", "type", "String")));

        ResponseEntity<String> completed = as("bo-aab").postForEntity("/engine-rest/task/" + book.getId() + "/complete", body,
                String.class);
        assertThat(completed.getStatusCode().is4xxClientError()).as(completed.toString()).isTrue();
        assertThat(as("bo-aab").getForEntity("/engine-rest/task?processInstanceId=" + kab, List.class).getBody()).isEmpty();
        assertThat(as("bo-aab").getForEntity("/engine-rest/process-instance/" + kab + "/variables", String.class)
                .getStatusCode().is4xxClientError()).isTrue();
        assertThat(register.get(register.ofYear(2027).stream().filter(d -> d.organisationCode().equals("KAB")).findFirst()
                .orElseThrow().id()).status()).as("nothing recorded").isEqualTo(DialogueStatus.INVITED);

        // KAB itself books through the same call; a date on a weekend is refused with only the Danish reason
        ResponseEntity<Map> weekend = as("bo-kab").postForEntity("/engine-rest/task/" + book.getId() + "/complete",
                Map.of("variables", Map.of(Var.MEETING_DATE, Map.of("value", "04.09.2027", "type", "String"),
                        Var.MEETING_TIME, Map.of("value", "10.00", "type", "String"),
                        Var.MEETING_LOCATION, Map.of("value", "Njalsgade 13", "type", "String"))), Map.class);
        assertThat(weekend.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) weekend.getBody().get("message")).contains("Lørdag den 4. september 2027 er en weekenddag");
        assertThat(as("bo-kab").postForEntity("/engine-rest/task/" + book.getId() + "/complete", body, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<Map> own = as("bo-kab").getForEntity("/api/styringsdialog/2027", Map.class);
        assertThat((List<Map<String, Object>>) own.getBody().get("dialogues")).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("status", "BOOKED"));
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, password);
    }
}
