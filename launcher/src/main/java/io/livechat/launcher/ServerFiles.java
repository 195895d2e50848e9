package io.livechat.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the build puts next to the launcher jar in {@code server/}: Payara Micro, the JDBC driver the
 * server adds to its class path, the application and the server configuration.
 */
record ServerFiles(Path payaraMicro, Path jdbcDriver, Path war, Path domainConfig) {

    static ServerFiles besideLauncher() throws LaunchException {
        Path server = launcherHome().resolve("server");
        ServerFiles files = new ServerFiles(server.resolve("payara-micro.jar"), server.resolve("mariadb-java-client.jar"),
                server.resolve("livechat.war"), server.resolve("domain.xml"));
        for (Path file : List.of(files.payaraMicro, files.jdbcDriver, files.war, files.domainConfig)) {
            if (!Files.isRegularFile(file)) {
                throw new LaunchException(file + " is missing; build first: ./mvnw -q -DskipTests package");
            }
        }
        return files;
    }

    // The launcher jar's directory (target/); run from an IDE, the parent of target/classes.
    private static Path launcherHome() throws LaunchException {
        try {
            Path location = Path.of(ServerFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toAbsolutePath().getParent();
        } catch (URISyntaxException e) {
            throw new LaunchException("Cannot tell where the launcher is installed: " + e.getMessage());
        }
    }
}
