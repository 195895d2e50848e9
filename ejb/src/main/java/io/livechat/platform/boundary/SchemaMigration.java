package io.livechat.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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

    @Resource(lookup = "jdbc/livechat")
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
    }

    /** Whether the schema was brought up to date; the readiness check reports it. */
    public boolean isMigrated() {
        return migrated;
    }
}
