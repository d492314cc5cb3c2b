package dk.kk.almenstyring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue #7, blocker: an expression inside {@code orQueries} of a task query ran on the server for any logged-in user
 * (Camunda 7 CE refuses them only at the top of an ad-hoc query). Now no person's query holds an expression, nested or
 * not, on /engine-rest and the webapps' API, nor the query that extends a saved filter; a saved filter holds only the
 * engine's identity and date functions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QueryExpressionTest {

    /** Runs a method of a Spring bean: evaluated, it answers with the caller's id. */
    private static final String BEAN_CALL = "${identityService.getCurrentAuthentication().getUserId()}";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private FilterService filterService;

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

    @AfterEach
    void removeTestFilters() {
        filterService.createFilterQuery().filterNameLike("Test %").list().forEach(f -> filterService.deleteFilter(f.getId()));
    }

    @Test
    void anExpressionInsideOrQueriesIsRefusedOnEngineRest() {
        TestRestTemplate member = http.withBasicAuth("bl-aab", password);
        Map<String, Object> query = Map.of("orQueries", List.of(Map.of("assigneeExpression", BEAN_CALL)));

        ResponseEntity<Map> list = member.postForEntity("/engine-rest/task", query, Map.class);
        ResponseEntity<Map> count = member.postForEntity("/engine-rest/task/count", query, Map.class);
        ResponseEntity<Map> topLevel = member.postForEntity("/engine-rest/task",
                Map.of("candidateGroupsExpression", "${currentUserGroups()}"), Map.class);

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) list.getBody().get("message"))
                .isEqualTo("Udtryk (${…}) er ikke tilladt i en søgning (her i orQueries.taskAssignee).");
        assertThat(count.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(topLevel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(member.postForEntity("/engine-rest/task", Map.of("orQueries", List.of(Map.of("assignee", "bl-aab"))),
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anExpressionInsideOrQueriesIsRefusedInTheWebappsApi() {
        WebappSession tasklist = WebappSession.login(http, "bl-aab", password, "tasklist");

        ResponseEntity<String> response = tasklist.exchange("/camunda/api/engine/engine/default/task", HttpMethod.POST,
                Map.of("orQueries", List.of(Map.of("involvedUserExpression", BEAN_CALL))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("ikke tilladt i en søgning");
    }

    @Test
    void aSavedFilterRunsButItsExtendingQueryHoldsNoExpression() {
        TestRestTemplate member = http.withBasicAuth("bl-aab", password);
        String myGroups = filterService.createFilterQuery().filterName(ProductAuthorizations.FILTER_MY_GROUPS_TASKS)
                .singleResult().getId();

        assertThat(member.postForEntity("/engine-rest/filter/" + myGroups + "/list", Map.of(), String.class)
                .getStatusCode()).as("the filter's own ${currentUserGroups()} still works").isEqualTo(HttpStatus.OK);
        ResponseEntity<String> extended = member.postForEntity("/engine-rest/filter/" + myGroups + "/list",
                Map.of("orQueries", List.of(Map.of("ownerExpression", BEAN_CALL))), String.class);
        assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aFilterIsSavedOnlyWithTheEnginesIdentityAndDateFunctions() {
        TestRestTemplate admin = http.withBasicAuth(adminId, adminPassword);

        ResponseEntity<Map> dangerous = admin.postForEntity("/engine-rest/filter/create", filter("Test farlig",
                Map.of("orQueries", List.of(Map.of("assigneeExpression", BEAN_CALL)))), Map.class);
        ResponseEntity<Map> harmless = admin.postForEntity("/engine-rest/filter/create", filter("Test mine",
                Map.of("assigneeExpression", "${currentUser()}", "dueBeforeExpression", "${dateTime().plusDays(7)}")),
                Map.class);

        assertThat(dangerous.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) dangerous.getBody().get("message")).startsWith("Filteret 'Test farlig' indeholder udtryk");
        assertThat(filterService.createFilterQuery().filterName("Test farlig").count()).isZero();
        assertThat(harmless.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aFilterStoredWithAnExpressionBeforeIsRefusedWhenRun() {
        // e.g. saved before this check existed: stored as the engine stores it, then run by an administrator
        Filter old = filterService.saveFilter(filterService.newTaskFilter("Test gammel")
                .setQuery(new TaskQueryImpl().taskAssigneeExpression(BEAN_CALL)));

        ResponseEntity<String> run = http.withBasicAuth(adminId, adminPassword)
                .getForEntity("/engine-rest/filter/" + old.getId() + "/list", String.class);

        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static Map<String, Object> filter(String name, Map<String, Object> query) {
        return Map.of("resourceType", "Task", "name", name, "owner", "admin", "query", query);
    }
}
