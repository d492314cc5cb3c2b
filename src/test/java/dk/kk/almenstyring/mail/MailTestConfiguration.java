package dk.kk.almenstyring.mail;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The mail package and what it stands on (H2, Flyway, JavaMailSender), without the process engine and its
 * models. The sink and its controller come along only when {@code almen.mail-sink.enabled} is true.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, FlywayAutoConfiguration.class,
        MailSenderAutoConfiguration.class, JacksonAutoConfiguration.class})
@Import({MailService.class, dk.kk.almenstyring.common.PublicAddress.class, MailLog.class, MailLogDatabase.class,
        MailTemplates.class, CalendarInvitations.class, MailSink.class,
        MailSinkController.class})
class MailTestConfiguration {
}
