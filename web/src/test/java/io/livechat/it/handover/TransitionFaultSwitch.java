package io.livechat.it.handover;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test-only switch, deployed by {@link RolledBackTransitionIT} alone: arms {@link TransitionFault}
 * for a handover, so a test that calls the application from outside can make a transition fail.
 */
@WebServlet("/it/transition-fault")
public class TransitionFaultSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient TransitionFault fault;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        fault.failNextTransitionOf(Long.parseLong(request.getParameter("handover")));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
