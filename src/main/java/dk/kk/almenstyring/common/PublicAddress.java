package dk.kk.almenstyring.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;

/**
 * The address people use to reach the application, for links in mails. {@code almen.base-url} when set (production
 * requires it: the public name behind the proxy); otherwise the server's own address and the port it really listens
 * on, so that a demo started on another port links to that port.
 */
@Component
public class PublicAddress {

    private final String configured;
    private final Environment environment;
    private volatile String served;

    public PublicAddress(@Value("${almen.base-url:}") String configured, Environment environment) {
        this.configured = configured == null || configured.isBlank() ? null : checked(configured.trim());
        this.environment = environment;
    }

    /** An address that does not follow a server: for code that runs without one. */
    public static PublicAddress fixed(String baseUrl) {
        return new PublicAddress(Objects.requireNonNull(baseUrl, "baseUrl"), new StandardEnvironment());
    }

    /** The port is known only once the server listens (a random port in tests, 0 in the configuration). */
    @EventListener
    public void serverStarted(WebServerInitializedEvent event) {
        // a separate management server has its own namespace; links go to the application's server
        if (event.getApplicationContext().getServerNamespace() == null) {
            served = address(event.getWebServer().getPort());
        }
    }

    /** "https://almen-styring.kk.dk" or "http://localhost:8081", without a trailing slash. */
    public String baseUrl() {
        if (configured != null) {
            return configured;
        }
        if (served != null) {
            return served;
        }
        // no server (yet): the configured port is the best guess
        return address(environment.getProperty("local.server.port", Integer.class,
                environment.getProperty("server.port", Integer.class, 8080)));
    }

    public String tasklistUrl() {
        return baseUrl() + "/camunda/app/tasklist/";
    }

    private String address(int port) {
        boolean ssl = environment.getProperty("server.ssl.enabled", Boolean.class, true)
                && (environment.containsProperty("server.ssl.key-store") || environment.containsProperty("server.ssl.bundle"));
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        String scheme = ssl ? "https" : "http";
        boolean defaultPort = (ssl && port == 443) || (!ssl && port == 80);
        return scheme + "://" + host() + (defaultPort ? "" : ":" + port) + stripSlash(contextPath);
    }

    /** server.address when the server is bound to one address; localhost when it listens on all of them. */
    private String host() {
        String bound = environment.getProperty("server.address", "").trim();
        if (bound.isEmpty() || bound.equals("0.0.0.0") || bound.equals("::") || bound.equals("0:0:0:0:0:0:0:0")) {
            return "localhost";
        }
        return bound.contains(":") ? "[" + bound + "]" : bound;
    }

    private static String checked(String url) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalStateException("almen.base-url must be an http(s) address such as "
                        + "https://almen-styring.kk.dk, not '" + url + "'");
            }
            return stripSlash(url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("almen.base-url is not an address: '" + url + "'", e);
        }
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
