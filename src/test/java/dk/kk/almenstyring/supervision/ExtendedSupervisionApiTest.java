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

/**
 * GET /api/udvidet-tilsyn/{year}: the whole list for the secretariat and the forvaltninger, its own for an
 * organisation; POST …/afdelinger: an organisation's own estates brought in, by it or by the secretariat.
 */
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
        assertThat(reasons(kab101)).singleElement().satisfies(r -> assertThat(r)
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

    @Test
    void anOrganisationBringsItsOwnEstatesInAndOnlyThose() {
        ResponseEntity<Map<String, Object>> own = post("bo-kab", 2027,
                Map.of("organisationCode", "KAB", "estateNumbers", List.of("KAB-102"), "reason", "Nye tagterrasser utætte"));
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(estates(own.getBody())).allSatisfy(e -> assertThat(e).containsEntry("organisationCode", "KAB"))
                .filteredOn(e -> "KAB-102".equals(e.get("number"))).singleElement()
                .satisfies(e -> assertThat(reasons(e)).singleElement().satisfies(r -> assertThat(r)
                        .containsEntry("reason", "Nye tagterrasser utætte").containsEntry("addedBy", "bo-kab")));

        ResponseEntity<Map<String, Object>> other = post("bo-kab", 2027,
                Map.of("organisationCode", "AAB", "estateNumbers", List.of("AAB-201"), "reason", "Fugt"));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody().get("message")).asString().contains("kan ikke gøre det for AAB");
        ResponseEntity<Map<String, Object>> notOwn = post("bo-kab", 2027,
                Map.of("organisationCode", "KAB", "estateNumbers", List.of("AAB-201"), "reason", "Fugt"));
        assertThat(notOwn.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notOwn.getBody().get("message")).asString().startsWith("Afdeling AAB-201 Prøvebyen hører under AAB");
        assertThat(post("bl-aab", 2027, Map.of("organisationCode", "AAB", "estateNumbers", List.of("AAB-201"),
                "reason", "Fugt")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("bo-kab", 2027, Map.of("organisationCode", "KAB", "estateNumbers", List.of("KAB-102"),
                "reason", 7)).getStatusCode()).as("a number is not a reason").isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<Map<String, Object>> bySecretariat = post("sekretaer", 2027,
                Map.of("organisationCode", "AAB", "estateNumbers", List.of("AAB-201"), "reason", "Aftalt på mødet"));
        assertThat(bySecretariat.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("select count(*) from supervision_reason where source = 'MEETING'").query(Integer.class)
                .single()).as("KAB-101 (before), KAB-102, AAB-201").isEqualTo(3);
    }

    private ResponseEntity<Map<String, Object>> post(String user, int year, Map<String, Object> body) {
        return http.withBasicAuth(user, password).exchange("/api/udvidet-tilsyn/" + year + "/afdelinger", HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(body), JSON);
    }

    private ResponseEntity<Map<String, Object>> get(String user, int year) {
        return http.withBasicAuth(user, password).exchange("/api/udvidet-tilsyn/" + year, HttpMethod.GET, null, JSON);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> estates(Map<String, Object> list) {
        return (List<Map<String, Object>>) list.get("estates");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reasons(Map<String, Object> estate) {
        return (List<Map<String, Object>>) estate.get("reasons");
    }
}
