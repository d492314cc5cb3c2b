package dk.kk.almenstyring.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One node at a time through start-up, on PostgreSQL: a session-level advisory lock is taken before the engine is
 * configured and released when the application context is ready.
 *
 * <p>Between those two points a node creates or updates the engine's schema ({@code schema-update: true} checks
 * whether the tables exist and then creates them, which two nodes on an empty database cannot both do), deploys the
 * models, creates the administrator, the groups, the demo users, the authorizations and the Tasklist filters (each
 * "look, then insert"). A second node waits for the first and then finds everything in place. Camunda's own
 * recommendation for a cluster is to create the schema with its SQL scripts before the nodes start; this lock gives
 * the same outcome without that manual step. Flyway takes an advisory lock of its own for the product's tables.
 *
 * <p>On any other database (H2 in the demo and the tests) there is one node, and nothing is locked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupLock extends AbstractProcessEnginePlugin
        implements ApplicationListener<ContextRefreshedEvent>, DisposableBean {

    /** The lock's key: any constant that no other application on the same PostgreSQL uses. */
    static final long LOCK_KEY = 0x616c6d656e5f7374L; // "almen_st"

    private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection held;

    public StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
        if (held != null) {
            return;
        }
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            if (!tryLock(connection)) {
                LOG.info("Another node is starting on this database; waiting for it to finish (startup lock)");
                long started = System.nanoTime();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
                }
                LOG.info("Startup lock taken after {} s", (System.nanoTime() - started) / 1_000_000_000);
            }
            held = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Kunne ikke tage opstartslåsen i databasen: " + e.getMessage(), e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        release();
    }

    @Override
    public void destroy() {
        release();
    }

    /** Whether this node holds the lock now (only between the engine's configuration and a ready context). */
    public synchronized boolean isHeld() {
        return held != null;
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        Connection connection = held;
        held = null;
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
        } catch (SQLException e) {
            // The lock belongs to the session; a connection that failed here is broken and takes the lock with it.
            LOG.warn("Could not release the startup lock cleanly ({}); it ends with the connection", e.getMessage());
        }
    }
}
