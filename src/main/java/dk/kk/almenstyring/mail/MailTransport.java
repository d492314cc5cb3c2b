package dk.kk.almenstyring.mail;

import java.util.Locale;
import java.util.Properties;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * How the connection to the SMTP server is secured: {@code almen.mail.transport} (in production the environment
 * variable {@code ALMEN_SMTP_SECURITY}), applied to Spring Boot's {@link JavaMailSenderImpl} as Jakarta Mail
 * properties. TLS always checks that the server's certificate names the host.
 */
public enum MailTransport {
    /** Plain connection upgraded with STARTTLS; a server that does not offer it is refused. The default. */
    STARTTLS_REQUIRED,
    /** STARTTLS when the server offers it, otherwise plain: only for a relay on a trusted network. */
    STARTTLS_OPTIONAL,
    /** No encryption (the demo sink, a relay on localhost). */
    PLAIN,
    /** TLS from the first byte (SMTPS, usually port 465). */
    SMTPS;

    public static final String PROPERTY = "almen.mail.transport";

    /** "starttls-required", "STARTTLS_REQUIRED" … */
    public static MailTransport parse(String value) {
        String normal = value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (MailTransport transport : values()) {
            if (transport.name().equals(normal)) {
                return transport;
            }
        }
        throw new IllegalStateException(PROPERTY + " (ALMEN_SMTP_SECURITY) must be one of starttls-required,"
                + " starttls-optional, plain, smtps; was '" + value + "'");
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    void applyTo(Properties mail) {
        boolean tls = this != PLAIN;
        mail.setProperty("mail.smtp.starttls.enable", String.valueOf(this == STARTTLS_REQUIRED || this == STARTTLS_OPTIONAL));
        mail.setProperty("mail.smtp.starttls.required", String.valueOf(this == STARTTLS_REQUIRED));
        mail.setProperty("mail.smtp.ssl.enable", String.valueOf(this == SMTPS));
        if (tls) {
            mail.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
    }

    /** Applies {@code almen.mail.transport} to the application's mail sender. */
    @Component
    static class Configurer implements BeanPostProcessor {

        private final Environment environment;

        Configurer(Environment environment) {
            this.environment = environment;
        }

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof JavaMailSenderImpl sender) {
                parse(environment.getProperty(PROPERTY, "plain")).applyTo(sender.getJavaMailProperties());
            }
            return bean;
        }
    }
}
