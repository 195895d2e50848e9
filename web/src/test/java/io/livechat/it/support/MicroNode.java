package io.livechat.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A Payara Micro node the tests start themselves: the server, system properties, options and WAR of
 * the Arquillian container, read from arquillian.xml so that no two servers of the run drift apart,
 * with their own HTTP port, name and place in the data grid. The server most tests share
 * ({@link SharedServer}) is one; a second node of its cluster that a test starts ({@link #second})
 * is another. Both are in the shared server's cluster ({@link TestCluster}), not in the one of the
 * servers Arquillian starts for a deployment of its own.
 */
public final class MicroNode implements AutoCloseable {

    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(180);
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final URL base;

    private MicroNode(Process process, Path log, URL base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** A second node of the shared server's cluster; returns once the application answers on it. */
    public static MicroNode second() {
        return start("second-node", TestCluster.peerPort(), List.of());
    }

    /**
     * Starts a node named {@code name} (its folder beside the WAR) on its own HTTP port and on the data
     * grid port {@code gridPort} of the shared cluster, with {@code jvmOptions} after arquillian.xml's;
     * returns once the application answers on it, and fails with the node's log if it does not.
     */
    static MicroNode start(String name, int gridPort, List<String> jvmOptions) {
        Path war = Path.of(System.getProperty("livechat.test.war", "target/livechat.war")).toAbsolutePath();
        Path dir = war.resolveSibling(name);
        int httpPort = LoopbackPorts.free(1)[0];
        try {
            Files.createDirectories(dir);
            // Named ROOT, it deploys at the root context as the Arquillian deployment does.
            Path root = Files.copy(war, dir.resolve("ROOT.war"), StandardCopyOption.REPLACE_EXISTING);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(options("cmdOptions"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", container("microJar")));
            command.addAll(inSharedCluster(options("extraMicroOptions"), gridPort));
            command.addAll(List.of("--port", String.valueOf(httpPort), "--name", name, "--deploy", root.toString()));
            Path log = dir.resolve("server.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            MicroNode node = new MicroNode(process, log, URI.create("http://127.0.0.1:" + httpPort + "/").toURL());
            // A test JVM that ends without closing it (killed, timed out) takes the node along.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, name + "-stop"));
            node.awaitDeployed(name);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's root URL on this node. */
    public URL base() {
        return base;
    }

    /** {@code kill -9}: the node ends at once, in the middle of whatever it does, as in a power cut. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until Payara Micro says it is ready, which it does after its deployments, and checks that
     * the application answers: a deployment that failed leaves the server up answering 404.
     */
    private void awaitDeployed(String name) {
        Instant deadline = Instant.now().plus(DEPLOY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw failure(name, "exited with " + process.exitValue());
            }
            // The API answers while the application still starts up: only "ready" says it is done.
            if (logText().contains("ready in")) {
                int status = status();
                if (status == 404 || status == 0) {
                    throw failure(name, "is up but the application is not deployed (" + status + ")");
                }
                return;
            }
            sleep();
        }
        throw failure(name, "did not deploy within " + DEPLOY_TIMEOUT);
    }

    /** What an anonymous request to the API answers (401 once deployed); 0 while nothing listens. */
    private int status() {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(base + "api/v1/agents/me/bots"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private AssertionError failure(String name, String what) {
        close();
        List<String> lines = logText().lines().toList();
        return new AssertionError("The Payara Micro node " + name + " " + what + "; the end of its log (" + log + "):\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size())));
    }

    private String logText() {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The options with the shared cluster's name, members and this node's data grid port in place of
     * those of the servers Arquillian starts.
     */
    private static List<String> inSharedCluster(List<String> options, int gridPort) {
        List<String> changed = new ArrayList<>(options);
        set(changed, "--clustername", TestCluster.sharedName());
        set(changed, "--clustermode", "tcpip:127.0.0.1:" + TestCluster.sharedPort() + ",127.0.0.1:" + TestCluster.peerPort());
        set(changed, "--startport", String.valueOf(gridPort));
        return changed;
    }

    private static void set(List<String> options, String option, String value) {
        int at = options.indexOf(option);
        if (at < 0) {
            throw new IllegalStateException("arquillian.xml gives the server no " + option + ": it is not in a test cluster");
        }
        options.set(at + 1, value);
    }

    private static List<String> options(String name) {
        return Arrays.stream(container(name).trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }

    /** A property of the container in arquillian.xml, with the system properties it names resolved. */
    private static String container(String name) {
        try (InputStream in = MicroNode.class.getResourceAsStream("/arquillian.xml")) {
            NodeList properties = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("property");
            for (int i = 0; i < properties.getLength(); i++) {
                Element property = (Element) properties.item(i);
                if (name.equals(property.getAttribute("name"))) {
                    return resolve(property.getTextContent());
                }
            }
            throw new IllegalStateException("arquillian.xml has no property " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resolve(String text) {
        Matcher matcher = PROPERTY.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String value = System.getProperty(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("arquillian.xml names the system property " + matcher.group(1)
                        + ", which this test run does not set");
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(resolved).toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
