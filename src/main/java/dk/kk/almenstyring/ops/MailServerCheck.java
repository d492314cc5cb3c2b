package dk.kk.almenstyring.ops;

import dk.kk.almenstyring.mail.MailTransport;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * At start-up, connects to the mail server once (in the background) and says in one log line whether it can be
 * reached and logged in to. The application runs either way: mails that cannot be sent stay with their steps,
 * which retry and then show as incidents in Cockpit.
 */
@Component
public class MailServerCheck {

    private static final Logger LOG = LoggerFactory.getLogger(MailServerCheck.class);

    private final JavaMailSender sender;
    private final boolean enabled;
    private final String transport;

    public MailServerCheck(JavaMailSender sender, @Value("${almen.mail.check-at-startup:true}") boolean enabled,
            @Value("${" + MailTransport.PROPERTY + ":plain}") String transport) {
        this.sender = sender;
        this.enabled = enabled;
        this.transport = MailTransport.parse(transport).configName();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void checkInBackground() {
        if (enabled && sender instanceof JavaMailSenderImpl impl) {
            Thread thread = new Thread(() -> check(impl), "mail-server-check");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** @return true when the server answered and accepted the login (if any) */
    public boolean check(JavaMailSenderImpl impl) {
        String server = impl.getHost() + ":" + impl.getPort() + " (" + transport
                + (impl.getUsername() == null || impl.getUsername().isBlank() ? ", no login" : ", user " + impl.getUsername())
                + ")";
        try {
            impl.testConnection();
            LOG.info("Mail server {} reachable", server);
            return true;
        } catch (MessagingException e) {
            String problem = e instanceof AuthenticationFailedException ? "REFUSES THE LOGIN" : "CANNOT BE REACHED";
            LOG.error("Mail server {} {}: {}. The application runs; mails wait in their steps, are retried and show as"
                    + " incidents in Cockpit until the server answers (ALMEN_SMTP_HOST, ALMEN_SMTP_PORT,"
                    + " ALMEN_SMTP_SECURITY, ALMEN_SMTP_USER, ALMEN_SMTP_PASSWORD)", server, problem, rootMessage(e));
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }
}
