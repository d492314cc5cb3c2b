package dk.kk.almenstyring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The HTTP side of security, against the running application: Basic authentication, the closed setup page, e-mail rule. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RestSecurityTest {

    private static final String NEW_USER = "security-test-new-user";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private IdentityService identityService;

    @Value("${almen.demo.password}")
    private String demoPassword;
    @Value("${camunda.bpm.admin-user.id}")
    private String adminId;
    @Value("${camunda.bpm.admin-user.password}")
    private String adminPassword;

    @AfterEach
    void removeTestUser() {
        identityService.deleteUser(NEW_USER);
    }

    @Test
    void engineRestAndProductApiRequireAuthentication() {
        for (String path : List.of("/engine-rest/process-definition", "/api/anything")) {
            ResponseEntity<String> response = http.getForEntity(path, String.class);

            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path).startsWith("Basic ");
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        // A user of its own: a failed login locks the user for a few seconds, which would fail other tests.
        User user = identityService.newUser(NEW_USER);
        user.setPassword("the-right-password");
        identityService.saveUser(user);

        ResponseEntity<String> response = http.withBasicAuth(NEW_USER, "a-wrong-password")
                .getForEntity("/engine-rest/process-definition", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aDemoUserIsLetIn() {
        TestRestTemplate member = http.withBasicAuth("bl-aab", demoPassword);

        assertThat(member.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // Past the filter: whatever the product API answers for an unknown path, it is not a challenge.
        assertThat(member.getForEntity("/api/anything", String.class).getStatusCode())
                .isNotEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theRestApiKnowsWhoIsCalling() {
        ResponseEntity<String> response = http.withBasicAuth("bl-aab", demoPassword)
                .getForEntity("/engine-rest/identity/groups?userId=bl-aab", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("bl-sf");
    }

    @Test
    void theFirstUserSetupOfCamundaAdminIsClosed() {
        // A real browser session: the webapp only accepts a POST with the CSRF token of the session.
        ResponseEntity<String> page = http.getForEntity("/camunda/app/welcome/default/", String.class);
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        String cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(c -> c.split(";", 2)[0]).collect(Collectors.joining("; "));
        assertThat(token).as("CSRF token of the session").isNotBlank();

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-XSRF-TOKEN", token);
        headers.set(HttpHeaders.COOKIE, cookies);
        Map<String, Object> intruder = Map.of(
                "profile", Map.of("id", NEW_USER, "firstName", "Ubuden", "lastName", "Gæst", "email", "gaest@example.com"),
                "credentials", Map.of("password", "ubuden-gaest"));

        ResponseEntity<String> response = http.exchange("/camunda/api/admin/setup/default/user/create",
                HttpMethod.POST, new HttpEntity<>(intruder, headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("Setup action not available");
        assertThat(identityService.createUserQuery().userId(NEW_USER).count()).isZero();
    }

    @Test
    void aUserWithAMalformedEmailIsRefusedWithTheReasonAndNotSaved() {
        Map<String, Object> user = Map.of(
                "profile", Map.of("id", NEW_USER, "firstName", "Jens", "lastName", "Jensen", "email", "jens.jensen@kk"),
                "credentials", Map.of("password", "jens-jensen-1"));

        ResponseEntity<String> response = http.withBasicAuth(adminId, adminPassword)
                .postForEntity("/engine-rest/user/create", user, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("jens.jensen@kk").contains("ugyldig").contains("ikke gemt");
        assertThat(identityService.createUserQuery().userId(NEW_USER).count()).isZero();
    }

    @Test
    void aUserWithAWellFormedEmailIsSavedAndCannotBeChangedToAMalformedOne() {
        TestRestTemplate admin = http.withBasicAuth(adminId, adminPassword);
        Map<String, Object> user = Map.of(
                "profile", Map.of("id", NEW_USER, "firstName", "Jens", "lastName", "Jensen", "email", "jens.jensen@kk.dk"),
                "credentials", Map.of("password", "jens-jensen-1"));
        assertThat(admin.postForEntity("/engine-rest/user/create", user, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        Map<String, Object> profile = Map.of("id", NEW_USER, "firstName", "Jens", "lastName", "Jensen",
                "email", "jens jensen@kk.dk");
        ResponseEntity<String> response = admin.exchange("/engine-rest/user/" + NEW_USER + "/profile", HttpMethod.PUT,
                new HttpEntity<>(profile), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(identityService.createUserQuery().userId(NEW_USER).singleResult().getEmail())
                .isEqualTo("jens.jensen@kk.dk");
    }
}
