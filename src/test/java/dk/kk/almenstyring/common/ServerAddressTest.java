package dk.kk.almenstyring.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.kk.almenstyring.MailAssertions;
import dk.kk.almenstyring.TestData;
import dk.kk.almenstyring.TestSmtp;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the running server tells the outside world about itself, over real HTTP on a random port: mail links point at
 * the port it really listens on (almen.base-url is not set outside production), and /api gives times in Copenhagen
 * time with their offset.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ServerAddressTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
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
        TestData.endAll(runtimeService, jdbc);
    }

    @Test
    void mailLinksPointAtThePortTheServerReallyListensOn() throws Exception {
        assertThat(port).as("a random port, not the configured 8080").isNotEqualTo(8080);
        callMeeting("2027-02-11");
        managementService.createJobQuery().executable().list().forEach(j -> managementService.executeJob(j.getId()));

        MimeMessage invitation = List.of(SMTP.getReceivedMessages()).stream()
                .filter(m -> recipient(m).contains("<bl-aab@")).findFirst().orElseThrow();
        assertThat(MailAssertions.textOf(invitation))
                .contains("http://localhost:" + port + "/camunda/app/tasklist/")
                .doesNotContain("localhost:8080");
    }

    @Test
    void apiTimesAreCopenhagenTimeWithTheOffsetOfTheirSeason() {
        long winter = callMeeting("2027-02-11");
        long summer = callMeeting("2027-06-10");

        String winterJson = as("bl-aab").getForObject("/api/meetings/" + winter, String.class);
        assertThat(winterJson).contains("\"startsAt\":\"2027-02-11T14:00:00+01:00\"")
                .contains("\"endsAt\":\"2027-02-11T16:00:00+01:00\"")
                .contains("\"agendaDeadline\":\"2027-01-28T16:00:00+01:00\"")
                .doesNotContain("Z\"");
        String summerJson = as("bl-aab").getForObject("/api/meetings/" + summer, String.class);
        assertThat(summerJson).contains("\"startsAt\":\"2027-06-10T14:00:00+02:00\"")
                .contains("\"agendaDeadline\":\"2027-05-27T16:00:00+02:00\"");
        assertThat(as("bl-aab").getForObject("/api/forums/SF/meetings", String.class))
                .as("lists too").contains("\"startsAt\":\"2027-02-11T14:00:00+01:00\"");
    }

    private long callMeeting(String day) {
        ResponseEntity<Map<String, Object>> created = as("sekretaer").exchange("/api/meetings", HttpMethod.POST,
                new HttpEntity<>(Map.of("forumKey", "SF", "meetingDate", day, "meetingTime", "14:00")), JSON);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, password);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
