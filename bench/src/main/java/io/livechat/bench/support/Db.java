package io.livechat.bench.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The server's MariaDB, reached with the application's own user: the harness seeds rows and counts
 * what the server stored. Every call takes a fresh connection; none of them is on a hot path.
 */
public final class Db {

    private final String url;
    private final String user;
    private final String password;

    public Db(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The first column of the first row as a number (0 for NULL or no row). */
    public long number(String sql, Object... parameters) throws SQLException {
        try (Connection connection = open(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    public int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = open(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** A server status counter, such as {@code Innodb_deadlocks}; -1 when the server has none of that name. */
    public long globalStatus(String name) throws SQLException {
        try (Connection connection = open();
             PreparedStatement statement = prepare(connection, "SHOW GLOBAL STATUS LIKE ?", name);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(2) : -1;
        }
    }

    /** The highest id of the table, 0 when empty: what a seeder's rows come after. */
    public static long maxId(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** One statement with its parameters on the caller's connection (inside its transaction). */
    public static int execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
