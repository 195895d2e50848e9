package io.livechat.channel.widget.rest;

import io.livechat.channel.widget.boundary.VerifiedUser;
import io.livechat.channel.widget.boundary.Visitor;
import io.livechat.channel.widget.boundary.VisitorFiles;
import io.livechat.channel.widget.boundary.VisitorSession;
import io.livechat.channel.widget.boundary.WidgetVisitors;
import io.livechat.channel.widget.socket.WidgetSockets;
import io.livechat.conversation.boundary.FileLimits;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.MessageText;
import io.livechat.conversation.rest.FileDownload;
import io.livechat.platform.http.ClientAddress;
import io.livechat.shared.boundary.AccessDeniedException;
import io.livechat.shared.boundary.BusinessException;
import io.livechat.shared.boundary.NotFoundException;
import io.livechat.shared.json.Jsonp;
import io.livechat.shared.rest.Problem;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.logging.Logger;

/**
 * The widget visitors' HTTP API, outside /api because visitors have no account: {@code POST
 * /widget/api/sessions?key=} starts or continues a session (and says whether the composer offers
 * dictation, how long a message may be and which files it takes), {@code POST /widget/api/profile?key=}
 * (with the session token as bearer) tells who the visitor is, {@code POST /widget/api/files?key=&name=}
 * sends a file and {@code GET /widget/api/files/{token}?key=} downloads one of the visitor's conversation. Web pages call it cross-origin, so
 * it answers CORS for the bot's allowed origins only; a servlet rather than a JAX-RS resource keeps
 * it out of the bearer-token API entirely.
 */
@WebServlet("/widget/api/*")
public class WidgetApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String FILES = "/files";
    private static final Logger LOG = Logger.getLogger(WidgetApiServlet.class.getName());

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private transient WidgetVisitors visitors;

    @Inject
    private transient VisitorFiles files;

    @Inject
    private transient WidgetSockets sockets;

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handle(request, response, botId -> {
            response.setHeader("Access-Control-Allow-Methods", "GET, POST");
            response.setHeader("Access-Control-Allow-Headers", "Content-Type, Authorization");
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        });
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handle(request, response, botId -> {
            String path = request.getPathInfo() == null ? "" : request.getPathInfo();
            if (!path.startsWith(FILES + "/")) {
                throw new NotFoundException("Widget resource", path);
            }
            String token = path.substring(FILES.length() + 1);
            Visitor visitor = visitorOf(request, botId);
            FileDownload.addTo(response, files.describe(visitor, token));
            files.copy(visitor, token, response.getOutputStream());
        });
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handle(request, response, botId -> {
            String path = request.getPathInfo() == null ? "" : request.getPathInfo();
            switch (path) {
                case "/sessions" -> startSession(request, response, botId);
                case "/profile" -> describe(request, response, botId);
                case FILES -> send(request, response, botId);
                default -> throw new NotFoundException("Widget resource", path);
            }
        });
    }

    private void startSession(HttpServletRequest request, HttpServletResponse response, long botId) throws IOException {
        JsonObject body = body(request);
        JsonObject user = body.containsKey("user") && body.get("user").getValueType() == JsonValue.ValueType.OBJECT
                ? body.getJsonObject("user") : null;
        VisitorSession session = visitors.start(botId, request.getHeader("Origin"), body.getString("token", null),
                user == null ? null : new VerifiedUser(user.getString("id", null), user.getString("hash", null)),
                clientAddress.of(request));
        FileLimits limits = files.limits(session.visitor());
        write(response, 200, "application/json", Jsonp.createObjectBuilder()
                .add("token", session.token())
                .add("visitorId", session.visitor().visitorId())
                .add("verified", session.visitor().verified())
                .add("files", Jsonp.createObjectBuilder().add("maxBytes", limits.maxBytes())
                        .add("allowedTypes", Jsonp.createArrayBuilder(limits.allowedTypes().stream().sorted().toList())))
                .add("dictation", session.dictation())
                .add("maxText", MessageText.maxOn(Channel.WEB))
                .build());
    }

    /** The visitor's file ({@code POST /widget/api/files?key=&name=}, the raw bytes as the body), as their message. */
    private void send(HttpServletRequest request, HttpServletResponse response, long botId) throws IOException {
        MessageView sent = files.send(visitorOf(request, botId), request.getParameter("name"),
                request.getContentLengthLong(), request.getInputStream());
        JsonObject message = WidgetJson.message(sent);
        // The visitor's other tabs show it too, as they show a message written in one of them.
        sockets.push(Visitor.address(botId, visitorOf(request, botId).visitorId()),
                Jsonp.createObjectBuilder().add("type", "message").add("message", message).build());
        write(response, 201, "application/json", Jsonp.createObjectBuilder().add("message", message).build());
    }

    /** The visitor whose session token the request carries as its bearer token, if it is one of this widget's. */
    private Visitor visitorOf(HttpServletRequest request, long botId) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new AccessDeniedException("A widget session token is needed");
        }
        Visitor visitor = visitors.authenticate(authorization.substring("Bearer ".length()).strip());
        if (visitor.botId() != botId) {
            throw new AccessDeniedException("This session belongs to another widget");
        }
        return visitor;
    }

    private void describe(HttpServletRequest request, HttpServletResponse response, long botId) throws IOException {
        Visitor visitor = visitorOf(request, botId);
        JsonObject body = body(request);
        Map<String, String> attributes = new LinkedHashMap<>();
        JsonObject given = body.containsKey("attributes") && body.get("attributes").getValueType() == JsonValue.ValueType.OBJECT
                ? body.getJsonObject("attributes") : JsonValue.EMPTY_JSON_OBJECT;
        for (Entry<String, JsonValue> attribute : given.entrySet()) {
            attributes.put(attribute.getKey(), attribute.getValue() instanceof JsonString text
                    ? text.getString() : attribute.getValue().toString());
        }
        visitors.describe(visitor, body.getString("name", null), body.getString("email", null), attributes);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** Resolves the widget key, answers CORS for an allowed origin, and turns refusals into problems. */
    private void handle(HttpServletRequest request, HttpServletResponse response, Action action) throws IOException {
        response.setHeader("Vary", "Origin");
        try {
            long botId = visitors.botOfKey(request.getParameter("key"));
            String origin = request.getHeader("Origin");
            if (!visitors.allows(botId, origin)) {
                throw new AccessDeniedException("This widget may not be used on " + origin);
            }
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", "Retry-After");
            action.run(botId);
        } catch (BusinessException e) {
            Problem.of(e).writeTo(response);
        } catch (JsonException | ClassCastException e) {
            Problem.of("unreadable-body", 400, "The body is not the JSON object expected").writeTo(response);
        } catch (RuntimeException e) {
            // A page's script reads JSON: never the container's HTML error page.
            Problem.unexpected(LOG, e).writeTo(response);
        }
    }

    private static JsonObject body(HttpServletRequest request) throws IOException {
        if (request.getContentLength() == 0) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        // JSON is UTF-8 (RFC 8259) whatever the header says; the loader sends no charset, and the
        // servlet default for a body without one is ISO-8859-1.
        try (JsonReader reader = Jsonp.createReader(request.getInputStream(), StandardCharsets.UTF_8)) {
            return reader.readObject();
        }
    }

    private static void write(HttpServletResponse response, int status, String type, JsonObject json) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.toString());
    }

    @FunctionalInterface
    private interface Action {
        void run(long botId) throws IOException;
    }
}
