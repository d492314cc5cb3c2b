package dk.kk.almenstyring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A logged-in browser session of the Camunda webapps (Tasklist, Cockpit, Admin): the session cookie and CSRF token a
 * browser holds, for calls to {@code /camunda/api/engine/…} as the webapps make them.
 */
final class WebappSession {

    private final TestRestTemplate http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    private WebappSession(TestRestTemplate http) {
        this.http = http;
    }

    static WebappSession login(TestRestTemplate http, String user, String password, String app) {
        WebappSession session = new WebappSession(http);
        session.remember(http.getForEntity("/camunda/app/welcome/default/", String.class));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        HttpHeaders headers = session.headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        assertThat(login.getStatusCode().is2xxSuccessful()).as("login of " + user + ": " + login).isTrue();
        session.remember(login);
        // the login starts a new session (against session fixation); its CSRF token comes with the next page
        session.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, null);
        return session;
    }

    ResponseEntity<String> exchange(String path, HttpMethod method, Object jsonBody) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(jsonBody, headers), String.class);
        remember(response);
        return response;
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; ")));
        if (csrfToken != null) {
            headers.set("X-XSRF-TOKEN", csrfToken);
        }
        return headers;
    }

    private void remember(ResponseEntity<?> response) {
        List<String> setCookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        for (String cookie : setCookies) {
            String[] pair = cookie.split(";", 2)[0].split("=", 2);
            cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
        if (token != null) {
            csrfToken = token;
        }
    }

    String cookie(String name) {
        return cookies.get(name);
    }
}
