package io.livechat.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * How many WhatsApp messages were parked because no retry could process them, for monitoring to
 * alert on a rise. Always up: a parked message is a problem of the sender's, not of this node.
 */
@Liveness
@ApplicationScoped
public class WhatsappParked implements HealthCheck {

    @Resource(lookup = "jdbc/livechat")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("whatsapp-parked").up();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM whatsapp_parked")) {
            count.next();
            response.withData("parkedMessages", count.getLong(1));
        } catch (SQLException e) {
            // Before the schema is migrated there is no table yet; readiness tells about the database.
            response.withData("parkedMessages", "unknown");
        }
        return response.build();
    }
}
