package dk.kk.almenstyring.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Properties;

import dk.kk.almenstyring.ops.MailServerCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** ALMEN_SMTP_SECURITY as Jakarta Mail sees it, and the start-up check's one line. */
@ExtendWith(OutputCaptureExtension.class)
class MailTransportTest {

    @Test
    void eachSettingMapsToTheJakartaMailProperties() {
        assertThat(properties("starttls-required")).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true").containsEntry("mail.smtp.ssl.enable", "false")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true");
        assertThat(properties("starttls-optional")).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "false").containsEntry("mail.smtp.ssl.enable", "false");
        assertThat(properties("plain")).containsEntry("mail.smtp.starttls.enable", "false")
                .containsEntry("mail.smtp.starttls.required", "false").containsEntry("mail.smtp.ssl.enable", "false");
        assertThat(properties("SMTPS")).containsEntry("mail.smtp.starttls.enable", "false")
                .containsEntry("mail.smtp.ssl.enable", "true").containsEntry("mail.smtp.ssl.checkserveridentity", "true");
        assertThatThrownBy(() -> MailTransport.parse("tls")).hasMessageContaining("ALMEN_SMTP_SECURITY")
                .hasMessageContaining("starttls-required, starttls-optional, plain, smtps");
    }

    @Test
    void theStartUpCheckSaysPlainlyWhenTheServerCannotBeReached(CapturedOutput output) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(closedPort);

        boolean reachable = new MailServerCheck(sender, true, "starttls-required").check(sender);

        assertThat(reachable).isFalse();
        assertThat(output.getOut().lines().filter(line -> line.contains("Mail server 127.0.0.1:" + closedPort
                + " (starttls-required, no login) CANNOT BE REACHED"))).hasSize(1);
    }

    private static Properties properties(String setting) {
        Properties properties = new Properties();
        MailTransport.parse(setting).applyTo(properties);
        return properties;
    }
}
