package io.livechat.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the server's log goes: everything into a file that rotates ({@value #FILE_LIMIT} bytes, the
 * last {@value #FILE_COUNT} files kept), so a busy or failing server cannot fill the disk; only
 * warnings and errors also to the launcher's console, which whoever runs it may be capturing into
 * a file of their own that nothing rotates.
 */
final class ServerLogging {

    static final String PROPERTIES = "server-logging.properties";
    static final int FILE_LIMIT = 10 * 1024 * 1024;
    static final int FILE_COUNT = 5;

    private ServerLogging() {
    }

    /** The file the server writes now (the rotation's generation 0). */
    static Path current(Path serverLog) {
        return serverLog.resolveSibling(serverLog.getFileName() + ".0");
    }

    /** Writes the logging configuration for a server whose log is {@code serverLog}; its folder is made. */
    static void writeTo(Path directory, Path serverLog) throws IOException {
        Files.createDirectories(serverLog.getParent());
        // A JUL pattern: %g is the rotation's generation; a literal % in the path would be %%.
        String pattern = serverLog.toAbsolutePath().toString().replace("%", "%%").replace("\\", "/") + ".%g";
        Files.writeString(directory.resolve(PROPERTIES), String.join("\n",
                "handlers=java.util.logging.ConsoleHandler,java.util.logging.FileHandler",
                "java.util.logging.ConsoleHandler.formatter=com.sun.enterprise.server.logging.ODLLogFormatter",
                "java.util.logging.ConsoleHandler.level=WARNING",
                "java.util.logging.FileHandler.pattern=" + pattern,
                "java.util.logging.FileHandler.level=INFO",
                "java.util.logging.FileHandler.formatter=com.sun.enterprise.server.logging.ODLLogFormatter",
                "java.util.logging.FileHandler.limit=" + FILE_LIMIT,
                "java.util.logging.FileHandler.count=" + FILE_COUNT,
                "java.util.logging.FileHandler.append=true",
                ".level=INFO",
                // Payara's bundled trust store holds expired roots, which it lists at every start.
                "javax.enterprise.system.security.ssl.level=SEVERE",
                // As in Payara Micro's own logging.properties: these two are noisy at INFO.
                "javax.enterprise.system.tools.deployment.dol.level=WARNING",
                "javax.enterprise.system.tools.deployment.common.level=WARNING",
                ""));
    }
}
