package io.livechat.auth.mechanism;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Why a console session ended, for the pages still open in it: the person signed out (in this tab
 * or another), it expired (unused too long, or the server forgot it), or their account was
 * disabled. Where the server ends a session itself (signing out, a disabled account) it says why in
 * a cookie of the browser, so that the other tabs' next requests learn it; a session id the server
 * no longer knows, without that cookie, expired.
 */
public enum SessionEnd {
    SIGNED_OUT, EXPIRED, DISABLED;

    /** The header of the 401 that answers a console's ajax request after its session ended; console.js reads it. */
    public static final String HEADER = "X-Session-Ended";

    private static final String COOKIE = "livechat-session-end";
    private static final int REMEMBERED = 10_000;

    /**
     * The sessions this node ended lately, with why. A request of another tab can overtake the
     * answer that carries the cookie (signing out announces the agent's presence, and the consoles
     * refresh at once): its session id still tells the reason. Bounded, and of this node only: the
     * sessions are the cluster's, but a request that overtakes the cookie on another node finds the
     * session gone and says it expired.
     */
    private static final Map<String, SessionEnd> RECENT = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, SessionEnd> eldest) {
                    return size() > REMEMBERED;
                }
            });
    private static final String PREVIOUS = SessionEnd.class.getName() + ".previous";

    /** The name in URLs, headers and the cookie: {@code signed-out}, {@code expired}, {@code disabled}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SessionEnd> ofSlug(String slug) {
        return Arrays.stream(values()).filter(end -> end.slug().equals(slug)).findFirst();
    }

    /** Tells the browser why its session ended, for its other tabs. */
    public void mark(HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestedSessionId() != null) {
            RECENT.put(request.getRequestedSessionId(), this);
        }
        response.addCookie(cookie(request, slug(), -1));
    }

    /** Why the session the request came with ended; empty when it came with none that the server knew to end. */
    static Optional<SessionEnd> of(HttpServletRequest request) {
        String id = request.getRequestedSessionId();
        SessionEnd remembered = id == null ? null : RECENT.get(id);
        if (remembered != null) {
            // Also while the sign-out is under way: the session is still valid, its caller gone.
            return Optional.of(remembered);
        }
        Optional<SessionEnd> marked = Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()
                .flatMap(cookie -> ofSlug(cookie.getValue()));
        if (marked.isPresent()) {
            return marked;
        }
        return id != null && !request.isRequestedSessionIdValid() ? Optional.of(EXPIRED) : Optional.empty();
    }

    /** At sign-in: the new session keeps how the one before it ended (the "page expired" page says so); the cookie goes. */
    static void signedIn(HttpServletRequest request, HttpServletResponse response) {
        of(request).ifPresent(end -> request.getSession().setAttribute(PREVIOUS, end));
        // A server may give the new session the id of the ended one: it is not ended.
        RECENT.remove(request.getRequestedSessionId());
        RECENT.remove(request.getSession().getId());
        response.addCookie(cookie(request, "", 0));
    }

    /** How the session before this one ended, when the person signed in again after it ended. */
    public static Optional<SessionEnd> previous(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PREVIOUS) instanceof SessionEnd end ? Optional.of(end) : Optional.empty();
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
