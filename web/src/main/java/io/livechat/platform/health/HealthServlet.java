package io.livechat.platform.health;

import io.livechat.shared.json.Jsonp;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code /health/ready} and {@code /health/live} with MicroProfile Health's answer (200 when every
 * check is up, else 503; {@code status}, {@code checks} with each one's {@code data}), for servers
 * whose application port has no MicroProfile Health (WildFly's full profiles). On Payara its own
 * health endpoint owns {@code /health} and answers with the same checks.
 */
@WebServlet("/health/*")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient HealthChecks checks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        List<Check> answer = switch (path) {
            case "/ready" -> List.of(checks.database());
            case "/live" -> List.of(checks.whatsappInbound(), checks.whatsappParked());
            case "/", "" -> List.of(checks.database(), checks.whatsappInbound(), checks.whatsappParked());
            default -> null;
        };
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean up = answer.stream().allMatch(Check::up);
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        answer.forEach(check -> list.add(json(check)));
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Jsonp.createObjectBuilder().add("status", up ? "UP" : "DOWN")
                .add("checks", list).build().toString());
    }

    private static JsonObjectBuilder json(Check check) {
        JsonObjectBuilder data = Jsonp.createObjectBuilder();
        check.eachDatum(data::add, data::add, data::add);
        return Jsonp.createObjectBuilder().add("name", check.name()).add("status", check.up() ? "UP" : "DOWN")
                .add("data", data);
    }
}
