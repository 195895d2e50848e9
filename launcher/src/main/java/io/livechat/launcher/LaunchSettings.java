package io.livechat.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the run command starts, read from environment variables. With {@code LIVECHAT_DB_URL} the
 * application uses that database and listens on all interfaces; without it the launcher runs its own
 * MariaDB with demo data and listens on 127.0.0.1 only, because the demo logins are public.
 */
record LaunchSettings(Path dataDir, String httpAddress, int httpPort, DbConnection externalDb, int embeddedDbPort,
        String clusterMode) {

    static final int DEFAULT_HTTP_PORT = 8080;
    static final int DEFAULT_EMBEDDED_DB_PORT = 3307;

    static LaunchSettings from(Map<String, String> env, String userHome) {
        DbConnection external = externalDb(env);
        String defaultAddress = external == null ? "127.0.0.1" : "0.0.0.0";
        return new LaunchSettings(
                dataDir(env, userHome),
                value(env, "LIVECHAT_HTTP_ADDRESS", defaultAddress),
                port(env, "LIVECHAT_HTTP_PORT", DEFAULT_HTTP_PORT),
                external,
                port(env, "LIVECHAT_EMBEDDED_DB_PORT", DEFAULT_EMBEDDED_DB_PORT),
                value(env, "LIVECHAT_CLUSTER", null));
    }

    boolean embedded() {
        return externalDb == null;
    }

    /** Payara's log: a file the server rotates (domain.xml's log-service), never an ever-growing console capture. */
    Path serverLog() {
        return dataDir.resolve("logs").resolve("server.log");
    }

    private static DbConnection externalDb(Map<String, String> env) {
        String url = value(env, "LIVECHAT_DB_URL", null);
        if (url == null) {
            return null;
        }
        String user = value(env, "LIVECHAT_DB_USER", null);
        // An empty password is possible, so only an unset one is an error.
        String password = env.get("LIVECHAT_DB_PASSWORD");
        if (user == null || password == null) {
            throw new IllegalArgumentException("LIVECHAT_DB_URL is set, so LIVECHAT_DB_USER and LIVECHAT_DB_PASSWORD must be set too");
        }
        return new DbConnection(url, user, password);
    }

    // The XDG base directory spec: $XDG_DATA_HOME if set and absolute, else ~/.local/share.
    private static Path dataDir(Map<String, String> env, String userHome) {
        String explicit = value(env, "LIVECHAT_DATA_DIR", null);
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath();
        }
        String xdg = value(env, "XDG_DATA_HOME", null);
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("livechat");
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = value(env, name, null);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
