package dk.kk.almenstyring.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.TestData;
import dk.kk.almenstyring.common.DanishText;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.kk.almenstyring.TestSmtp;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The product API over real HTTP with Basic authentication: what a caller sees, including the 4xx reasons. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeetingApiTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST = new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;
    @Value("${almen.demo.password}")
    String password;

    @BeforeEach
    void today() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 1, 4, 9, 0).atZone(DanishText.COPENHAGEN).toInstant()));
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        TestData.endAll(runtimeService, jdbc);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, password);
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Map<String, Object> body) {
        return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(body), JSON);
    }

    @Test
    void theSecretariatCallsAMeetingAndMembersProposeAndReadIt() {
        assertThat(http.getForEntity("/api/forums/SF/meetings", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<Map<String, Object>> created = post("sekretaer", "/api/meetings", Map.of("forumKey", "SF",
                "meetingDate", "2027-02-11", "meetingTime", "14:00"));
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        Number id = (Number) created.getBody().get("id");
        assertThat(created.getBody().get("status")).isEqualTo("PLANNED");

        ResponseEntity<Map<String, Object>> proposal = post("bl-aab", "/api/meetings/" + id + "/proposals",
                Map.of("title", "Fleksibel udlejning", "theme", "udlejning"));
        assertThat(proposal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        @SuppressWarnings("unchecked")
        Map<String, Object> recorded = (Map<String, Object>) proposal.getBody().get("proposal");
        assertThat(recorded).containsEntry("proposedLead", "SOF").containsEntry("late", false).containsEntry("proposedBy", "bl-aab");

        ResponseEntity<List<Map<String, Object>>> list = as("bl-aab").exchange("/api/forums/SF/meetings", HttpMethod.GET, null, JSON_LIST);
        assertThat(list.getBody()).extracting(m -> ((Number) m.get("id")).longValue()).contains(id.longValue());
        ResponseEntity<Map<String, Object>> one = as("bl-aab").exchange("/api/meetings/" + id, HttpMethod.GET, null, JSON);
        assertThat((List<?>) one.getBody().get("proposals")).hasSize(1);
        assertThat(as("bl-aab").exchange("/api/forums/SF/decisions", HttpMethod.GET, null, JSON_LIST).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<Map<String, Object>> moved = post("sekretaer", "/api/meetings/" + id + "/move",
                Map.of("newMeetingDate", "2027-03-11", "newMeetingTime", "10:00", "reason", "Formanden er forhindret"));
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moved.getBody().get("icsSequence")).isEqualTo(1);
        // the move notice goes out first (the job executor's work; done by hand here)
        managementService.createJobQuery().executable().list().forEach(j -> managementService.executeJob(j.getId()));
        ResponseEntity<Map<String, Object>> cancelled = post("sekretaer", "/api/meetings/" + id + "/cancel",
                Map.of("reason", "Aflyst"));
        assertThat(cancelled.getBody().get("status")).isEqualTo("CANCELLED");
    }

    @Test
    void badInputGetsAReasonAndChangesNothing() {
        int before = jdbc.sql("select count(*) from meeting").query(Integer.class).single();
        ResponseEntity<Map<String, Object>> past = post("sekretaer", "/api/meetings", Map.of("forumKey", "SF",
                "meetingDate", "2026-01-01", "meetingTime", "14:00"));
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) past.getBody().get("message")).contains("fortiden");
        ResponseEntity<Map<String, Object>> unknown = post("sekretaer", "/api/meetings", Map.of("forumKey", "XX",
                "meetingDate", "2027-05-01", "meetingTime", "14:00"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) unknown.getBody().get("message")).contains("Ukendt forum");
        assertThat(jdbc.sql("select count(*) from meeting").query(Integer.class).single()).isEqualTo(before);

        ResponseEntity<Map<String, Object>> notSecretariat = post("bl-aab", "/api/meetings", Map.of("forumKey", "SF",
                "meetingDate", "2027-02-11", "meetingTime", "14:00"));
        assertThat(notSecretariat.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        Number id = (Number) post("sekretaer", "/api/meetings", Map.of("forumKey", "SF", "meetingDate", "2027-02-11",
                "meetingTime", "14:00")).getBody().get("id");
        ResponseEntity<Map<String, Object>> empty = post("bl-aab", "/api/meetings/" + id + "/proposals", Map.of("title", " "));
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) empty.getBody().get("message")).contains("titel");
        ResponseEntity<Map<String, Object>> outsider = post("borgmester-kff", "/api/meetings/" + id + "/proposals",
                Map.of("title", "Et punkt"));
        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> early = post("bl-aab", "/api/meetings/" + id + "/comments", Map.of("text", "Hmm"));
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("bl-aab").exchange("/api/meetings/999999", HttpMethod.GET, null, JSON).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from agenda_proposal").query(Integer.class).single()).isZero();
    }
}
