package io.livechat.auth.mechanism;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;

/**
 * The request's session, in a cluster that replicates sessions and a balancer without sticky
 * sessions. The node that answered a person's last request writes their session to the data grid
 * after its answer went out, so their next request, on another node, can come a moment too early:
 * that node does not know the session yet (Payara's version cookie says it wants a newer one than
 * the grid has), and the person would land on the login page or "Page expired". Such a request asks
 * again for a moment before the session counts as ended; the requests that need no session (the
 * resources and the login page a browser loads after a session really expired) never wait.
 */
final class SessionCatchUp {

    private static final Duration STEP = Duration.ofMillis(50);
    private static final int TRIES = 20;
    private static final String PUSH_SOCKET = "/omnifaces.push/";

    private SessionCatchUp() {
    }

    /** The session, waited for at most a second when the request needs it and brought an id of one. */
    static Optional<HttpSession> of(HttpServletRequest request, boolean protectedResource) {
        HttpSession session = request.getSession(false);
        if (session != null || request.getRequestedSessionId() == null || !needsSession(request, protectedResource)
                || endedHere(request)) {
            return Optional.ofNullable(session);
        }
        for (int tries = 0; session == null && tries < TRIES; tries++) {
            try {
                Thread.sleep(STEP.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            session = request.getSession(false);
        }
        return Optional.ofNullable(session);
    }

    /** A console page, a form or ajax request (it posts back a view of the session), or the push socket. */
    private static boolean needsSession(HttpServletRequest request, boolean protectedResource) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return protectedResource || "POST".equals(request.getMethod()) || path.startsWith(PUSH_SOCKET);
    }

    /** The browser or this node knows the session was ended on purpose (signed out, disabled): nothing to wait for. */
    private static boolean endedHere(HttpServletRequest request) {
        return SessionEnd.of(request).filter(end -> end != SessionEnd.EXPIRED).isPresent();
    }
}
