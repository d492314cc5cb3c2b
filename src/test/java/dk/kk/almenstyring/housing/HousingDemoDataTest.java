package dk.kk.almenstyring.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.security.ProductAuthorizations;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** A5: the demo housing organisations, their groups and users, their Tasklist access, and the read-only API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HousingDemoDataTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST = new ParameterizedTypeReference<>() { };

    @Autowired
    HousingRegister register;
    @Autowired
    HousingDemoData demoData;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    TestRestTemplate http;
    @Value("${almen.demo.password}")
    String password;

    @Test
    void theSeedsOrganisationsAreDemoDataAndOneOutsideBl() {
        List<HousingOrganisation> all = register.all();
        assertThat(all).extracting(HousingOrganisation::code).containsExactlyInAnyOrder("KAB", "AAB", "FSB", "VIBO",
                "BO-VITA", "DAB", "FA09", "DOMEA", "DEMOHJEM");
        assertThat(all).allSatisfy(o -> {
            assertThat(o.demo()).as(o.code()).isTrue();
            assertThat(o.estates()).as(o.code()).isNotEmpty();
            assertThat(o.contactEmail()).as(o.code()).matches("kontakt@[a-z0-9]+\\.almen-styring\\.demo");
        });
        assertThat(all).filteredOn(o -> !o.blMember()).extracting(HousingOrganisation::code, HousingOrganisation::administrator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DEMOHJEM", "KAB"));
        HousingOrganisation boVita = register.require("bo-vita");
        assertThat(boVita.groupId()).isEqualTo("bo-bovita");
        assertThat(boVita.contactEmail()).isEqualTo("kontakt@bovita.almen-styring.demo");
        assertThat(boVita.estates()).extracting(HousingOrganisation.Estate::number).containsExactly("BOV-501", "BOV-502");
    }

    @Test
    void eachOrganisationHasAGroupAndADemoUserThatWorkInTasklist() {
        String myGroupsTasks = filterService.createFilterQuery().filterName(ProductAuthorizations.FILTER_MY_GROUPS_TASKS)
                .singleResult().getId();
        for (HousingOrganisation o : register.all()) {
            Group group = identityService.createGroupQuery().groupId(o.groupId()).singleResult();
            assertThat(group).as(o.groupId()).isNotNull();
            assertThat(group.getType()).isEqualTo("WORKFLOW");
            assertThat(identityService.createUserQuery().userId(o.groupId()).memberOfGroup(o.groupId()).singleResult()
                    .getEmail()).isEqualTo(o.contactEmail());
            assertThat(identityService.checkPassword(o.groupId(), password)).isTrue();
            assertCanWorkInTasklist(o.groupId(), o.groupId(), myGroupsTasks);
        }
        assertCanWorkInTasklist("br-sekretaer", "br-sekretariat", myGroupsTasks);
        assertCanWorkInTasklist("bl-sekretaer", "bl-sekretariat", myGroupsTasks);
        assertThat(authorizationService.isUserAuthorized("bo-kab", List.of("bo-kab"), Permissions.ACCESS,
                Resources.APPLICATION, ProductAuthorizations.COCKPIT)).as("no Cockpit for organisations").isFalse();
    }

    @Test
    void loadingAgainCreatesNothingTwice() {
        long users = identityService.createUserQuery().count();
        long groups = identityService.createGroupQuery().count();
        long authorizations = authorizationService.createAuthorizationQuery().count();
        int organisations = register.all().size();

        demoData.load();

        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(register.all()).hasSize(organisations);
    }

    @Test
    void theApiListsTheOrganisationsWithEstatesTheirAttributesAndBlMembership() {
        assertThat(http.getForEntity("/api/housing-organisations", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<List<Map<String, Object>>> response = http.withBasicAuth("bo-aab", password)
                .exchange("/api/housing-organisations", HttpMethod.GET, null, JSON_LIST);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> demohjem = response.getBody().stream().filter(o -> "DEMOHJEM".equals(o.get("code")))
                .findFirst().orElseThrow();
        assertThat(demohjem).containsEntry("blMember", false).containsEntry("administrator", "KAB")
                .containsEntry("group", "bo-demohjem").containsEntry("demo", true)
                .containsEntry("estates", List.of(Map.of("number", "DH-901", "name", "Demohjem Syd", "district", "Indre By",
                        "dwellings", 200, "inEffortArea", false, "expectedReservePerM2", 100.0, "helhedsplan", false,
                        "lastSupervisionYear", 2017)));
        assertThat(response.getBody()).hasSize(9).filteredOn(o -> Boolean.TRUE.equals(o.get("blMember"))).hasSize(8);
    }

    private void assertCanWorkInTasklist(String user, String group, String filterId) {
        assertThat(authorizationService.isUserAuthorized(user, List.of(group), Permissions.ACCESS, Resources.APPLICATION,
                ProductAuthorizations.TASKLIST)).as("%s: Tasklist", user).isTrue();
        assertThat(authorizationService.isUserAuthorized(user, List.of(group), Permissions.READ, Resources.FILTER, filterId))
                .as("%s: filter", user).isTrue();
    }
}
