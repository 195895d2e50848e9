package io.livechat.console.push;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Refuses a handshake of the consoles' push socket ({@code <o:socket>}) before the upgrade unless it
 * comes from a signed-in person on a page of this server: OmniFaces takes any known channel id, with
 * or without a session and from any Origin, so a page elsewhere could open the socket with the
 * person's cookies. The pushes carry ids only, but they tell when which handover moves. A browser
 * sends the page's Origin with every handshake and no script can forge it; it must name the host the
 * request was sent to ({@code X-Forwarded-Host} behind a proxy that rewrites {@code Host}).
 */
@WebFilter(urlPatterns = "/omnifaces.push/*")
public class ConsoleSocketFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ConsoleSocketFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() == null || !sameOrigin(request)) {
            LOG.log(Level.FINE, "Console socket refused: user {0}, origin {1}",
                    new Object[] {request.getRemoteUser(), request.getHeader("Origin")});
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the request comes from a page of this server (its Origin is the host it was sent to). */
    public static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String forwarded = request.getHeader("X-Forwarded-Host");
        String host = forwarded != null ? forwarded.split(",")[0].strip() : request.getHeader("Host");
        if (origin == null || host == null) {
            return false;
        }
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }
}
