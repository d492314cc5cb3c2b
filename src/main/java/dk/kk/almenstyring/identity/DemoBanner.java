package dk.kk.almenstyring.identity;

import java.util.stream.Collectors;

import dk.kk.almenstyring.identity.DirectoryFiles.DemoDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the demo where to go and how to log in: one block in the log once the app is ready. */
@Component
@ConditionalOnProperty(name = "almen.demo.users", havingValue = "true")
public class DemoBanner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoBanner.class);

    private final Environment environment;

    public DemoBanner(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void show() {
        LOG.info(text());
    }

    String text() {
        // The port actually bound (a test's random port) wins over the configured one.
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String base = "http://localhost:" + port;
        String password = environment.getProperty("almen.demo.password");
        String adminId = environment.getProperty("camunda.bpm.admin-user.id");
        String adminPassword = environment.getProperty("camunda.bpm.admin-user.password");
        DemoDirectory directory = DirectoryFiles.demoDirectory();

        StringBuilder text = new StringBuilder("\n")
                .append("==================== almen-styring (demo) ====================\n")
                .append("  Tasklist      ").append(base).append("/camunda/app/tasklist/\n")
                .append("  Cockpit/Admin ").append(base).append("/camunda/app/\n")
                .append("  Mail (sink)   ").append(base).append("/mail\n")
                .append("  REST (Basic)  ").append(base).append("/engine-rest  and  ").append(base).append("/api\n");
        if (adminId != null) {
            text.append("  Admin user    ").append(adminId).append(" / ").append(adminPassword).append('\n');
        }
        text.append("  Demo users, password '").append(password).append("':\n");
        directory.users().forEach(u -> text.append(String.format("    %-16s %-22s %s%n", u.id(),
                u.firstName() + " " + u.lastName(), u.groups().stream().collect(Collectors.joining(", ")))));
        return text.append("==============================================================").toString();
    }
}
