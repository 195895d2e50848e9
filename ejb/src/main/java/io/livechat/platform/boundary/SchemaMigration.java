package io.livechat.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else touches it. Flyway takes a lock in
 * the database, so the nodes of a cluster starting together migrate once. Beans that need the
 * schema at startup declare {@code @DependsOn("SchemaMigration")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    // The module's reference, mapped to the server's pool by glassfish-ejb-jar.xml and jboss-ejb3.xml.
    @Resource(name = "jdbc/livechat")
    private DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.log(Level.INFO, "Schema at version {0}, {1} migrations applied now",
                new Object[] {result.targetSchemaVersion, result.migrationsExecuted});
        migrated = true;
        warnUnlessReadCommitted();
    }

    /**
     * The code takes the row locks it needs and relies on READ COMMITTED for the rest: under
     * InnoDB's default REPEATABLE READ, new conversations deadlock each other (see domain.xml).
     * A pool configured otherwise (a server set up by hand) is told in the log, once.
     */
    private void warnUnlessReadCommitted() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED) {
                LOG.warning("The jdbc/livechat pool does not run READ COMMITTED; set its transaction isolation"
                        + " to read-committed, or concurrent new conversations deadlock and are retried");
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not read the pool's transaction isolation: {0}", e.getMessage());
        }
    }

    /** Whether the schema was brought up to date; the readiness check reports it. */
    public boolean isMigrated() {
        return migrated;
    }
}
