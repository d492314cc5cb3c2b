package dk.kk.almenstyring.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.TestData;
import dk.kk.almenstyring.agreement.AgreementContent;
import dk.kk.almenstyring.agreement.AgreementLevel;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.agreement.NewAgreement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The agreement register over HTTP: read-only, versions kept, the cascade shown beneath the hovedaftale. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgreementApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate http;
    @Autowired
    AgreementRegister register;
    @Autowired
    JdbcClient jdbc;
    @Value("${almen.demo.password}")
    String password;

    @AfterEach
    void cleanUp() {
        TestData.clear(jdbc);
    }

    @Test
    void aHovedaftaleShowsItsVersionsAndTheAgreementsBeneathIt() {
        String owner = "owner-of-the-test";
        AgreementContent content = new AgreementContent("Tryghed", List.of(new AgreementVersion.Goal("Tryghed", "Indeks +5")),
                "Tekst", List.of());
        long hoved = register.create(new NewAgreement(AgreementLevel.HOVEDAFTALE, "Hovedaftale 2027–2031", null, null,
                LocalDate.of(2027, 7, 1), LocalDate.of(2031, 6, 30), null, null, null, null, null, content), owner, "sekretaer");
        register.addVersion(hoved, content, "Justering", owner, "sekretaer");
        long del = register.create(new NewAgreement(AgreementLevel.DELAFTALE, "Delaftale om udlejning", hoved, null, null, null,
                "SOF", null, null, null, null, content), "other", "sekretaer");
        long enkelt = register.create(new NewAgreement(AgreementLevel.ENKELTAFTALE, "Enkeltaftale med KAB", del, null, null,
                null, null, "SOF", null, null, null, content), "third", "sekretaer");

        assertThat(http.getForEntity("/api/agreements", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<Map<String, Object>> view = http.withBasicAuth("bl-aab", password)
                .exchange("/api/agreements/" + hoved, HttpMethod.GET, null, JSON);
        assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<?>) view.getBody().get("versions")).hasSize(2);
        List<Map<String, Object>> beneath = (List<Map<String, Object>>) view.getBody().get("beneath");
        assertThat(beneath).hasSize(1);
        assertThat(((Map<String, Object>) beneath.get(0).get("agreement")).get("title")).isEqualTo("Delaftale om udlejning");
        List<Map<String, Object>> below = (List<Map<String, Object>>) beneath.get(0).get("beneath");
        assertThat(((Map<String, Object>) below.get(0).get("agreement")).get("id")).isEqualTo((int) enkelt);
        assertThat((List<?>) view.getBody().get("history")).hasSize(1);
        assertThat(register.get(hoved).status()).isEqualTo(AgreementStatus.DRAFT);

        assertThat(http.withBasicAuth("bl-aab", password).exchange("/api/agreements/999999", HttpMethod.GET, null, JSON)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // read-only: there is no way to write through this API
        assertThat(http.withBasicAuth("sekretaer", password).exchange("/api/agreements/" + hoved, HttpMethod.PUT, null, JSON)
                .getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    }
}
