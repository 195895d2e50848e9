package io.livechat.auth.mechanism;

import io.livechat.shared.rest.Problem;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Every refusal of the mechanism is a problem document, on every server. Payara sends the answer the
 * mechanism wrote; WildFly answers SEND_FAILURE with the module's error page for 401 instead, so
 * web.xml names this servlet as that page and it writes the same problem again (the HTML of
 * 500.xhtml otherwise).
 */
@WebServlet(UnauthorizedPage.PATH)
public class UnauthorizedPage extends HttpServlet {

    static final String PATH = "/errors/unauthorized";

    private static final long serialVersionUID = 1L;
    private static final String REFUSAL = UnauthorizedPage.class.getName();

    /** Answers the request with the problem and tells the container that authentication failed. */
    static AuthenticationStatus refuse(HttpMessageContext context, Problem problem) {
        context.getRequest().setAttribute(REFUSAL, problem);
        try {
            problem.writeTo(context.getResponse());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problem problem = request.getAttribute(REFUSAL) instanceof Problem refusal ? refusal
                : Problem.of("unauthorized", 401, "This needs a signed-in session or a bearer token");
        problem.writeTo(response);
    }
}
