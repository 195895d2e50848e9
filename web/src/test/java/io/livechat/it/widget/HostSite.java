package io.livechat.it.widget;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A customer's web site on its own port: one page that embeds the widget with the snippet, and
 * hostile styles of its own to prove that none leak into the widget. Reached as 127.0.0.1 and as
 * localhost it is two different origins, one allowed and one not.
 */
public final class HostSite implements AutoCloseable {

    private final HttpServer server;

    public HostSite(String appBase) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String key = query == null ? "" : query.replaceFirst("^key=", "").replaceFirst("&lang=.*$", "");
            String lang = query == null || !query.contains("&lang=") ? "" : " lang=\"" + query.replaceFirst("^.*&lang=", "") + "\"";
            byte[] page = ("""
                    <!doctype html>
                    <html%s><head><meta charset="utf-8"><title>Shop</title>
                    <style>
                      * { color: rgb(255, 0, 0) !important; font-size: 30px; }
                      .msg, .launcher, .window { display: none !important; }
                    </style></head>
                    <body>
                    <h1>A shop</h1>
                    <p class="messages" id="host-text">The host's own text</p>
                    <script>
                      window.events = [];
                      window.LiveChat = {q: [['on', 'ready', function () { window.events.push('ready'); }],
                                             ['on', 'message', function (m) { window.events.push('message:' + m.id); }]]};
                    </script>
                    <script async src="%swidget/loader.js?key=%s"></script>
                    </body></html>
                    """.formatted(lang, appBase, key)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.createContext("/strict", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String key = query == null ? "" : query.replaceFirst("^key=", "");
            String app = appBase.replaceFirst("/$", "");
            // A customer with a strict policy: only its own nonce'd inline code, and the widget's server.
            byte[] page = ("""
                    <!doctype html>
                    <html><head><meta charset="utf-8"><title>Strict shop</title>
                    <style nonce="n0nce">body { font-family: serif; }</style></head>
                    <body>
                    <h1>A shop with a strict Content-Security-Policy</h1>
                    <script nonce="n0nce">
                      window.violations = [];
                      document.addEventListener('securitypolicyviolation',
                          e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
                    </script>
                    <script async src="%s/widget/loader.js?key=%s"></script>
                    </body></html>
                    """.formatted(app, key)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().add("Content-Security-Policy", String.join("; ",
                    "default-src 'none'", "script-src 'nonce-n0nce' " + app, "style-src 'nonce-n0nce' " + app,
                    "connect-src " + app + " " + app.replaceFirst("^http", "ws"), "img-src " + app,
                    "require-trusted-types-for 'script'"));
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.start();
    }

    /** The page of a site with a strict Content-Security-Policy, at 127.0.0.1, embedding the widget of the key. */
    public String strictPage(String widgetKey) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/strict?key=" + widgetKey;
    }

    /** The page at this host name (127.0.0.1 or localhost), embedding the widget of the key. */
    public String page(String host, String widgetKey) {
        return "http://" + host + ":" + server.getAddress().getPort() + "/?key=" + widgetKey;
    }

    /** The page at 127.0.0.1 in the language ({@code <html lang>}), embedding the widget of the key. */
    public String pageInLanguage(String widgetKey, String lang) {
        return page("127.0.0.1", widgetKey) + "&lang=" + lang;
    }

    public String origin(String host) {
        return "http://" + host + ":" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
