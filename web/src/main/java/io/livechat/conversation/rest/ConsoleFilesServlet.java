package io.livechat.conversation.rest;

import io.livechat.console.push.ConsoleSocketFilter;
import io.livechat.conversation.boundary.FileView;
import io.livechat.conversation.boundary.Files;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.shared.boundary.AccessDeniedException;
import io.livechat.shared.boundary.BusinessException;
import io.livechat.shared.boundary.InvalidInputException;
import io.livechat.shared.json.Jsonp;
import io.livechat.shared.rest.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Files for the console pages, signed in with their session (web.xml keeps /console/* for people
 * who signed in): {@code GET /console/files/{token}} downloads one, {@code POST
 * /console/files?conversation=&name=} sends one (the raw bytes as the body) from the Live Chat
 * composer, which shows the upload's progress. A POST from any other origin is refused, so no other
 * site can make a signed-in agent's browser send a file.
 */
@WebServlet("/console/files/*")
public class ConsoleFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ConsoleFilesServlet.class.getName());

    @Inject
    private transient Files files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, () -> {
            String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            FileView file = files.describe(token);
            FileDownload.addTo(response, file);
            files.copy(token, response.getOutputStream());
        });
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, () -> {
            if (!ConsoleSocketFilter.sameOrigin(request)) {
                throw new AccessDeniedException("Files are sent from this server's own pages only");
            }
            long conversationId;
            try {
                conversationId = Long.parseLong(request.getParameter("conversation"));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("Name the conversation (?conversation=) the file is for");
            }
            MessageView sent = files.send(conversationId, request.getParameter("name"), request.getContentLengthLong(),
                    request.getInputStream());
            byte[] body = Jsonp.createObjectBuilder().add("messageId", sent.id()).build().toString()
                    .getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_CREATED);
            response.setContentType("application/json");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        });
    }

    private static void answer(HttpServletResponse response, Action action) throws IOException {
        try {
            action.run();
        } catch (BusinessException e) {
            Problem.of(e).writeTo(response);
        } catch (RuntimeException e) {
            Problem.unexpected(LOG, e).writeTo(response);
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws IOException;
    }
}
