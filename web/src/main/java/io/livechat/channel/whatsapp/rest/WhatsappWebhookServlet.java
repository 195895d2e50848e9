package io.livechat.channel.whatsapp.rest;

import io.livechat.channel.whatsapp.boundary.WhatsappWebhook;
import io.livechat.platform.http.ClientAddress;
import io.livechat.shared.rest.Problem;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Meta's webhook. A servlet rather than a JAX-RS resource because the signature covers the raw
 * bytes, which must be read before anything parses them. GET is the verification handshake; POST
 * answers 200 only once the signed body is stored, 5xx if it could not be, so that Meta retries.
 */
@WebServlet("/webhooks/whatsapp")
public class WhatsappWebhookServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(WhatsappWebhookServlet.class.getName());
    /** Meta's payloads are a few kilobytes; anything far larger is not Meta. */
    private static final int MAX_BODY = 3 * 1024 * 1024;
    /** Seconds; Meta retries on its own schedule anyway, this tells other callers and proxies. */
    private static final String BUSY_RETRY_AFTER = "30";

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private transient WhatsappWebhook webhook;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String challenge = request.getParameter("hub.challenge");
        if (challenge == null || !webhook.isVerification(request.getParameter("hub.mode"),
                request.getParameter("hub.verify_token"))) {
            Problem.of("forbidden", HttpServletResponse.SC_FORBIDDEN, "Verification refused",
                    "hub.mode must be subscribe and hub.verify_token the configured verify token", Map.of())
                    .writeTo(response);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(challenge.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            Problem.of("too-large", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Payload too large",
                    "A webhook payload is at most " + MAX_BODY + " bytes", Map.of()).writeTo(response);
            return;
        }
        if (!webhook.isSigned(body, request.getHeader("X-Hub-Signature-256"))) {
            LOG.log(Level.WARNING, "Refused a WhatsApp webhook POST without a valid signature from {0}",
                    clientAddress.of(request));
            Problem.of("unauthenticated", HttpServletResponse.SC_UNAUTHORIZED, "Signature refused",
                    "X-Hub-Signature-256 is missing or is not the app secret's signature of this body", Map.of())
                    .writeTo(response);
            return;
        }
        if (!webhook.isAccepting()) {
            // The stored backlog is over its limit: Meta keeps the delivery and sends it again later.
            Problem.of("busy", HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Backlog full",
                    "Too many deliveries wait to be processed; send this one again later",
                    Map.of("retryAfter", BUSY_RETRY_AFTER)).writeTo(response);
            return;
        }
        try {
            webhook.store(body);
        } catch (EJBException e) {
            LOG.log(Level.SEVERE, "Could not store a WhatsApp webhook delivery; Meta will retry it", e);
            Problem.of("unavailable", HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Not stored",
                    "The delivery could not be stored; send it again later", Map.of()).writeTo(response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(0);
        response.flushBuffer();
    }
}
