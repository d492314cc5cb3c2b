package dk.kk.almenstyring.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The publicly known weaknesses of Camunda 7 CE that apply to this application, one test each (docs/security.md lists
 * them with where each is closed). Expressions in queries and variables outside forms have tests of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KnownWeaknessesTest {

    /** A process whose script task would run any code on the server when deployed and started. */
    private static final String SCRIPT_PROCESS = Bpmn.convertToString(Bpmn.createExecutableProcess("intruder")
            .camundaHistoryTimeToLive(1).startEvent().scriptTask().scriptFormat("javascript")
            .scriptText("java.lang.System.exit(1)").endEvent().done());

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private RepositoryService repositoryService;
    @Value("${almen.demo.password}")
    private String password;
    @Value("${camunda.bpm.admin-user.id}")
    private String adminId;
    @Value("${camunda.bpm.admin-user.password}")
    private String adminPassword;

    @BeforeEach
    void restUsesThisEngine() {
        RestEngine.serveWith(engine);
    }

    @Test
    void onlyTheAdministratorDeploysModelsWhichMayHoldCode() {
        for (String user : new String[] {"sekretaer", "bl-aab"}) {
            MultiValueMap<String, Object> deployment = new LinkedMultiValueMap<>();
            deployment.add("deployment-name", "intruder");
            deployment.add("data", new ByteArrayResource(SCRIPT_PROCESS.getBytes()) {
                @Override
                public String getFilename() {
                    return "intruder.bpmn";
                }
            });
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);

            ResponseEntity<String> answer = http.withBasicAuth(user, password)
                    .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(deployment, headers), String.class);

            assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(repositoryService.createDeploymentQuery().deploymentName("intruder").count()).isZero();
    }

    @Test
    void aSerializedJavaObjectIsNeverAcceptedAsAVariable() {
        // deserializing a Java object from a request is a known remote-code path; the engine's default keeps it shut
        String deployment = repositoryService.createDeployment().addModelInstance("waiting.bpmn",
                Bpmn.createExecutableProcess("waiting").camundaHistoryTimeToLive(1).startEvent().userTask().endEvent()
                        .done()).deploy().getId();
        try {
            String instance = engine.getRuntimeService().startProcessInstanceByKey("waiting").getId();
            String serialized = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 0x74, 0, 1, 0x78});

            ResponseEntity<String> answer = http.withBasicAuth(adminId, adminPassword).exchange(
                    "/engine-rest/process-instance/" + instance + "/variables/payload", HttpMethod.PUT,
                    new HttpEntity<>(Map.of("type", "Object", "value", serialized, "valueInfo",
                            Map.of("objectTypeName", "java.lang.String",
                                    "serializationDataFormat", "application/x-java-serialized-object"))),
                    String.class);

            assertThat(answer.getStatusCode().is4xxClientError()).as(answer.toString()).isTrue();
            assertThat(engine.getRuntimeService().getVariables(instance)).isEmpty();
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    void theWebappsStartANewSessionAtLoginAndSendTheirSecurityHeaders() {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/welcome/default/", String.class);
        String before = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");

        WebappSession session = WebappSession.login(http, "sekretaer", password, "cockpit");

        assertThat(session.cookie("JSESSIONID")).as("session fixation").isNotBlank()
                .isNotEqualTo(before.replaceFirst("^JSESSIONID=([^;]*).*", "$1"));
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aModelWithoutHistoryTimeToLiveIsRefused() {
        // otherwise its history is never cleaned up and the database grows without bound
        // written by hand: the model API would add a default time to live
        String withoutTtl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\""
                + " targetNamespace=\"http://almen-styring.kk.dk/test\">"
                + "<bpmn:process id=\"no-ttl\" isExecutable=\"true\"><bpmn:startEvent id=\"s\"/></bpmn:process>"
                + "</bpmn:definitions>";
        assertThatThrownBy(() -> repositoryService.createDeployment().addString("no-ttl.bpmn", withoutTtl).deploy())
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("History Time To Live");
    }
}
