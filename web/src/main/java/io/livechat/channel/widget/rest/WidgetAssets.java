package io.livechat.channel.widget.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The widget's composer module and the emoji picker with its data, which the widget loads from a
 * customer's page: module scripts and {@code fetch} are cross-origin requests that need CORS. They
 * are the same public files for everyone and are fetched without credentials, so any origin may
 * read them (as any page may run the loader).
 */
@WebFilter(urlPatterns = {"/widget/composer.js", "/widget/vendor/*"})
public class WidgetAssets extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        chain.doFilter(request, response);
    }
}
