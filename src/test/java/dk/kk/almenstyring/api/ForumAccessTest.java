package dk.kk.almenstyring.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.TestData;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue #7: internal forums were readable by everyone logged in, every member listed all users with their e-mail
 * addresses, a TKS member proposed in another forvaltning's name, the APIs sent no security headers, the mail sink
 * needed no login and {@code /error} answered 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForumAccessTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Value("${almen.demo.password}")
    String password;

    @BeforeEach
    void restUsesThisEngine() {
        ProcessEngines.registerProcessEngine(engine);
    }

    @AfterEach
    void cleanUp() {
        TestData.clear(jdbc);
    }

    @Test
    void internalForumsAreReadOnlyByTheirMembersTheSecretariatAndTheAdministrator() {
        long bmf = meeting("BMF", null);
        long tks = meeting("TKS", null);

        for (String path : List.of("/api/forums/BMF/meetings", "/api/forums/BMF/decisions", "/api/meetings/" + bmf,
                "/api/forums/TKS/meetings", "/api/meetings/" + tks)) {
            for (String outsider : List.of("bl-aab", "bl-formand", "llo-repr", "bo-kab")) {
                ResponseEntity<Map> answer = as(outsider).getForEntity(path, Map.class);
                assertThat(answer.getStatusCode()).as(outsider + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat((String) answer.getBody().get("message")).contains("er ikke medlem af");
            }
        }
        assertThat(as("overborgmester").getForEntity("/api/meetings/" + bmf, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("tks-sof").getForEntity("/api/meetings/" + tks, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("sekretaer").getForEntity("/api/meetings/" + bmf, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("bl-aab").getForEntity("/api/forums", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void partnerskabsforumsPublishedAgendaIsPublicButNothingElseOfIt() {
        long unpublished = meeting("PSF", null);
        long published = meeting("PSF", Instant.parse("2027-04-20T10:00:00Z"));
        TestRestTemplate outsider = as("bl-aab"); // Samarbejdsforum, not Partnerskabsforum

        ResponseEntity<List> list = outsider.getForEntity("/api/forums/PSF/meetings", List.class);
        ResponseEntity<Map> agenda = outsider.getForEntity("/api/meetings/" + published, Map.class);

        assertThat(list.getBody()).extracting(m -> ((Number) ((Map<?, ?>) m).get("id")).longValue()).containsExactly(published);
        assertThat(agenda.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(agenda.getBody()).containsOnlyKeys("meeting", "agenda");
        assertThat(outsider.getForEntity("/api/meetings/" + unpublished, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(outsider.getForEntity("/api/forums/PSF/decisions", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("bl-fsb").getForEntity("/api/meetings/" + published, Map.class).getBody())
                .containsKeys("proposals", "minutes", "comments");
    }

    @Test
    void aMemberSeesNamesButNotEmailAddresses() {
        ResponseEntity<List> users = as("bl-aab").getForEntity("/engine-rest/user?memberOfGroup=sekretariat", List.class);
        ResponseEntity<Map> profile = as("bl-aab").getForEntity("/engine-rest/user/sekretaer/profile", Map.class);

        assertThat(users.getBody()).isNotEmpty().allSatisfy(u -> assertThat(((Map<?, ?>) u).get("email")).isNull())
                .anySatisfy(u -> assertThat(((Map<?, ?>) u).get("lastName")).isEqualTo("Møller"));
        assertThat(profile.getBody().get("email")).isNull();
        assertThat(profile.getBody().get("firstName")).isEqualTo("Signe");
        assertThat(as("bl-aab").getForEntity("/engine-rest/user?emailLike=%25kk%25", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("sekretaer").getForEntity("/engine-rest/user/bl-aab/profile", Map.class).getBody().get("email"))
                .isEqualTo("bl-aab@almen-styring.demo");
    }

    @Test
    void aProposalIsMadeInTheProposersOwnForvaltning() {
        long tks = meeting("TKS", null);
        String proposals = "/api/meetings/" + tks + "/proposals";

        ResponseEntity<Map> otherForvaltning = as("tks-tmf").postForEntity(proposals,
                Map.of("title", "Et punkt", "proposerForvaltning", "SOF"), Map.class);
        ResponseEntity<Map> own = as("tks-tmf").postForEntity(proposals,
                Map.of("title", "Et punkt", "proposerForvaltning", "TMF"), Map.class);

        assertThat(otherForvaltning.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) otherForvaltning.getBody().get("message")).contains("din egen forvaltnings navn (TMF)");
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.sql("select proposer_forvaltning from agenda_proposal").query(String.class).list()).containsExactly("TMF");
    }

    @Test
    void everyAnswerOfTheApisCarriesSecurityHeadersAndTheMailSinkNeedsALogin() {
        for (ResponseEntity<String> answer : List.of(as("bl-aab").getForEntity("/api/forums", String.class),
                as("bl-aab").getForEntity("/api/no-such-thing", String.class),
                as("bl-aab").getForEntity("/engine-rest/task", String.class),
                http.getForEntity("/engine-rest/task", String.class),
                http.getForEntity("/mail", String.class))) {
            HttpHeaders headers = answer.getHeaders();
            assertThat(headers.getFirst("X-Content-Type-Options")).as(answer.toString()).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).as(answer.toString()).isEqualTo("DENY");
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(headers.getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        }
        assertThat(http.getForEntity("/mail", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/mail", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/error", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** A meeting row as the meeting cycle records it (the access rules read only the forum and the publication). */
    private long meeting(String forum, Instant agendaPublished) {
        Timestamp start = Timestamp.from(Instant.parse("2027-06-03T12:00:00Z"));
        jdbc.sql("insert into meeting (forum_key, starts_at, ends_at, location, status, agenda_deadline, minutes_deadline,"
                        + " agenda_published_at, created_at) values (?, ?, ?, 'Rådhuset', 'PLANNED', ?, ?, ?, ?)")
                .params(forum, start, start, start, start, agendaPublished == null ? null : Timestamp.from(agendaPublished), start)
                .update();
        return jdbc.sql("select max(id) from meeting").query(Long.class).single();
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, password);
    }
}
