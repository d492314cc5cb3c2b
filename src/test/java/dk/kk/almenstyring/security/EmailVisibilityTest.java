package dk.kk.almenstyring.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue #7: every member listed all users with their e-mail addresses. In the webapps (Tasklist, Admin) as in
 * /engine-rest ({@code ForumAccessTest}), a member sees names only; the administrator still manages addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EmailVisibilityTest {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ProcessEngine engine;
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
    void tasklistShowsAMemberNamesButNoAddressesAndAdminShowsTheAdministratorAddresses() {
        WebappSession tasklist = WebappSession.login(http, "bl-aab", password, "tasklist");
        ResponseEntity<String> members = tasklist.exchange("/camunda/api/engine/engine/default/user?memberOfGroup=bl-sf",
                HttpMethod.GET, null);
        WebappSession admin = WebappSession.login(http, adminId, adminPassword, "admin");
        ResponseEntity<String> managed = admin.exchange("/camunda/api/engine/engine/default/user/bl-aab/profile",
                HttpMethod.GET, null);

        assertThat(members.getBody()).contains("\"id\":\"bl-vibo\"").contains("Rask").doesNotContain("@almen-styring.demo");
        assertThat(managed.getBody()).contains("bl-aab@almen-styring.demo");
    }
}
