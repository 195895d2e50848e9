package io.livechat.channel.widget.socket;

import io.livechat.channel.widget.boundary.WidgetVisitors;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Refuses the WebSocket handshake of a page whose origin the widget's bot does not allow, before
 * the upgrade: a browser sends the page's Origin with every handshake and a script cannot forge it.
 */
@WebFilter(urlPatterns = WidgetSocket.PATH)
public class WidgetOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(WidgetOriginFilter.class.getName());

    @Inject
    private transient WidgetVisitors visitors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        boolean allowed;
        try {
            allowed = visitors.allows(visitors.botOfKey(request.getParameter(WidgetSocket.KEY)), origin);
        } catch (NotFoundException e) {
            allowed = false;
        }
        if (!allowed) {
            LOG.log(Level.FINE, "Widget socket refused for origin {0}", origin);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
