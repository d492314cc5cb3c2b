package dk.kk.almenstyring.mail;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The connections that write {@code mail_log}: a small pool of their own on the application's database.
 *
 * <p>A mail step records SENDING before it talks to the SMTP server and the outcome after, and both must be
 * committed while the job's own transaction (and its connection from the main pool) is still open. Taking that
 * second connection from the main pool is what made ten job threads starve a pool of ten and re-send mails; from a
 * pool of its own, whose connections are held for a few milliseconds and never while waiting for anything else, a
 * job thread can always get one. It is deliberately not a {@code DataSource} bean, so Spring Boot's own datasource,
 * Flyway and the engine are configured exactly as before.
 */
@Component
public class MailLogDatabase implements DisposableBean {

    private final HikariDataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public MailLogDatabase(DataSourceProperties properties,
            @Value("${almen.mail.log-pool-size:4}") int poolSize) {
        this.dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        dataSource.setPoolName("mail-log");
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setMinimumIdle(0);
        // A database outage must fail the mail step quickly (the job retries), not park the job thread for 30 s.
        dataSource.setConnectionTimeout(5_000);
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    TransactionTemplate transaction() {
        return transaction;
    }

    @Override
    public void destroy() {
        dataSource.close();
    }
}
