package dk.kk.almenstyring.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.TestData;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/** GET /api/udvidet-tilsyn/{year}: the whole list for the secretariat and the forvaltninger, its own for an organisation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExtendedSupervisionApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    ExtendedSupervision supervision;
    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;
    @Value("${almen.demo.password}")
    String password;

    @BeforeEach
    void selectAndAdd() {
        supervision.selectForYear(2027, "system", null);
        supervision.addAtMeeting(2027, "KAB", List.of("KAB-101"), "Fugt i kældrene", "bo-kab");
    }

    @AfterEach
    void clear() {
        TestData.endAll(runtimeService, jdbc);
    }

    @Test
    void theSecretariatAndTheForvaltningerReadTheWholeListWithWhoAddedWhat() {
        for (String user : List.of("sekretaer", "tks-sof")) {
            Map<String, Object> list = get(user, 2027).getBody();
            assertThat(list).as(user).containsEntry("year", 2027).containsEntry("selected", true)
                    .containsEntry("target", 45).containsEntry("selectedBy", "system");
            assertThat(estates(list)).as(user).hasSize(46);
        }
        Map<String, Object> kab101 = estates(get("sekretaer", 2027).getBody()).stream()
                .filter(e -> "KAB-101".equals(e.get("number"))).findFirst().orElseThrow();
        assertThat(kab101).containsEntry("organisationCode", "KAB").containsEntry("name", "Demoparken")
                .containsEntry("district", "Bispebjerg").containsEntry("selectedByRule", false);
        assertThat((List<Map<String, Object>>) kab101.get("reasons")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("reason", "Fugt i kældrene").containsEntry("source", "MEETING")
                .containsEntry("sourceText", "Tilføjet på styringsdialogmødet").containsEntry("addedBy", "bo-kab"));
    }

    @Test
    void anOrganisationReadsOnlyItsOwnEstates() {
        List<Map<String, Object>> own = estates(get("bo-kab", 2027).getBody());
        assertThat(own).isNotEmpty().allSatisfy(e -> assertThat(e).containsEntry("organisationCode", "KAB"));
        assertThat(own).extracting(e -> e.get("number")).contains("KAB-101", "KAB-119");
    }

    @Test
    void othersAreRefusedAndAYearWithoutAListIsNotFound() {
        ResponseEntity<Map<String, Object>> member = get("bl-aab", 2027);
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(member.getBody()).containsEntry("message", "Listen over udvidet tilsyn kan kun ses af sekretariatet,"
                + " forvaltningerne og boligorganisationerne (hver sine egne afdelinger).");

        ResponseEntity<Map<String, Object>> none = get("sekretaer", 2031);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(none.getBody()).containsEntry("message", "Der er endnu ingen liste over udvidet tilsyn for 2031.");

        ResponseEntity<Map<String, Object>> badYear = http.withBasicAuth("sekretaer", password)
                .exchange("/api/udvidet-tilsyn/sidste-aar", HttpMethod.GET, null, JSON);
        assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map<String, Object>> farOff = get("sekretaer", 1999);
        assertThat(farOff.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(farOff.getBody().get("message")).asString().contains("mellem 2010 og 2100");

        assertThat(http.getForEntity("/api/udvidet-tilsyn/2027", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<Map<String, Object>> get(String user, int year) {
        return http.withBasicAuth(user, password).exchange("/api/udvidet-tilsyn/" + year, HttpMethod.GET, null, JSON);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> estates(Map<String, Object> list) {
        return (List<Map<String, Object>>) list.get("estates");
    }
}
