package io.livechat.embedded;

/**
 * The SQL that sets up the application database and user. It runs on every start, so every
 * statement is idempotent, and the password follows what the caller passes.
 */
final class AppSchema {

    private static final String[] HOSTS = {"127.0.0.1", "localhost"};

    private AppSchema() {
    }

    static String setupScript(String password) {
        String user = "'" + EmbeddedMariaDb.USER + "'@'%s'";
        String secret = quote(password);
        StringBuilder sql = new StringBuilder()
                .append("CREATE DATABASE IF NOT EXISTS `").append(EmbeddedMariaDb.DATABASE)
                .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n")
                // mariadb-install-db leaves anonymous accounts and test databases open to everyone.
                .append("DELETE FROM mysql.global_priv WHERE User = '';\n")
                .append("DELETE FROM mysql.db WHERE Db IN ('test', 'test\\\\_%');\n")
                .append("DROP DATABASE IF EXISTS test;\n")
                .append("FLUSH PRIVILEGES;\n");
        for (String host : HOSTS) {
            String account = String.format(user, host);
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY ").append(secret).append(";\n")
                    .append("ALTER USER ").append(account).append(" IDENTIFIED BY ").append(secret).append(";\n")
                    .append("GRANT ALL ON `").append(EmbeddedMariaDb.DATABASE).append("`.* TO ").append(account).append(";\n");
        }
        return sql.toString();
    }

    private static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
