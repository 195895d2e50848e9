package io.livechat.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;

/** What a person needs once the application is up: where it is, and how to log in to the demo. */
final class Banner {

    static final String DEMO_PASSWORD = "livechat-demo";

    private Banner() {
    }

    static void print(PrintStream out, URI app, LaunchSettings settings, DbConnection db) {
        String rule = "=".repeat(72);
        out.println();
        out.println(rule);
        out.println(" Live Chat is running (Ctrl-C stops it)");
        out.println();
        out.println("   Application   " + app);
        out.println("   REST API      " + app.resolve("api/v1"));
        out.println("   OpenAPI       " + app.resolve("openapi"));
        out.println("   Readiness     " + app.resolve("health/ready"));
        out.println("   Database      " + db.url() + " (user " + db.user() + ")");
        out.println("   Server log    " + ServerLogging.current(settings.serverLog()) + " (rotated; warnings also here)");
        if (settings.embedded()) {
            Path data = settings.dataDir();
            out.println("   Data          " + data + " (DB password in " + data.resolve(Launcher.PASSWORD_FILE) + ")");
            out.println();
            out.println(" Demo logins, all with password " + DEMO_PASSWORD + ":");
            out.println("   admin     ADMIN");
            out.println("   manager   MANAGER of both demo bots");
            out.println("   alice     AGENT of the first bot");
            out.println("   bob       AGENT of the first bot");
            out.println("   carol     AGENT of the second bot");
        }
        out.println(rule);
        out.println();
    }
}
