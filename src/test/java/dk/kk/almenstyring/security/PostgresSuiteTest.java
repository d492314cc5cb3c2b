package dk.kk.almenstyring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Run by the Maven profile {@code postgres} only: guards that suite against running on H2 unnoticed, and shows the
 * engine's identity data (users, groups, authorizations) in PostgreSQL.
 */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PostgresSuiteTest {

    @Autowired
    private DataSource dataSource;
    @Autowired
    private IdentityService identityService;

    @Test
    void theSuiteRunsOnPostgreSql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(identityService.createUserQuery().memberOfGroup("sekretariat").count()).isPositive();
    }
}
