package io.livechat.platform.health;

import io.livechat.channel.whatsapp.boundary.WhatsappWebhook;
import io.livechat.platform.boundary.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The application's health checks, decided here once for every server: MicroProfile Health reports
 * them on Payara ({@link DatabaseReadiness} and the liveness checks), {@link HealthServlet} wherever
 * no MicroProfile Health serves {@code /health} on the application's port (WildFly's full profiles).
 */
@ApplicationScoped
public class HealthChecks {

    @Resource(name = "jdbc/livechat")
    private DataSource dataSource;

    @Inject
    private SchemaMigration schema;

    @Inject
    private WhatsappWebhook webhook;

    /** Ready when the schema is migrated and the database answers: a load balancer may send traffic. */
    public Check database() {
        boolean reachable;
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(2);
        } catch (SQLException e) {
            reachable = false;
        }
        boolean migrated = schema.isMigrated();
        return new Check("database", reachable && migrated, Map.of("reachable", reachable, "migrated", migrated));
    }

    /**
     * The WhatsApp inbound backlog and whether the webhook takes more, for monitoring. Always up, and
     * never a readiness check: the backlog is the whole cluster's (one table), so a readiness that
     * followed it would take every node out of the load balancer at once, consoles included.
     */
    public Check whatsappInbound() {
        return new Check("whatsapp-inbound", true,
                Map.of("inboundBacklog", webhook.backlog(), "acceptingWebhooks", webhook.isAccepting()));
    }

    /**
     * How many WhatsApp messages were parked because no retry could process them, for monitoring to
     * alert on a rise. Always up: a parked message is a problem of the sender's, not of this node.
     */
    public Check whatsappParked() {
        Object parked;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM whatsapp_parked")) {
            count.next();
            parked = count.getLong(1);
        } catch (SQLException e) {
            // Before the schema is migrated there is no table yet; readiness tells about the database.
            parked = "unknown";
        }
        return new Check("whatsapp-parked", true, Map.of("parkedMessages", parked));
    }
}
