package io.livechat.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A round-robin load balancer on a loopback port, as a data centre puts one in front of the nodes
 * without sticky sessions: each new connection goes to the next node, one that refuses the connection
 * (a node that died) is passed over. It forwards bytes, so WebSocket handshakes and their frames pass
 * as they are; a plain HTTP request is made the only one of its connection ({@code Connection: close}),
 * so a browser that keeps connections alive still sends its requests to the nodes in turn, not every
 * request of a page to one node. It keeps the {@code Host} header, as a balancer that does not rewrite
 * it: redirects and the push socket's Origin check name the balancer's address.
 */
public final class RoundRobinProxy implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RoundRobinProxy.class.getName());
    private static final int HEAD_LIMIT = 64 * 1024;
    private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};

    private final List<InetSocketAddress> nodes;
    private final ServerSocket server;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger[] served;
    /** Each request's first line, the node it went to and when, for a failing test to say what happened. */
    private final Queue<String> requests = new ConcurrentLinkedQueue<>();
    private final long started = System.nanoTime();
    private final AtomicInteger[] sockets;
    private volatile int socketNode = -1;

    private RoundRobinProxy(List<InetSocketAddress> nodes) throws IOException {
        this.nodes = nodes;
        this.served = nodes.stream().map(node -> new AtomicInteger()).toArray(AtomicInteger[]::new);
        this.sockets = nodes.stream().map(node -> new AtomicInteger()).toArray(AtomicInteger[]::new);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "round-robin-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A balancer in front of the nodes whose application root URLs these are. */
    public static RoundRobinProxy of(URL... nodes) {
        try {
            return new RoundRobinProxy(Arrays.stream(nodes)
                    .map(node -> new InetSocketAddress(InetAddress.getLoopbackAddress(), node.getPort())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's root URL through the balancer, ending in a slash. */
    public String base() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/";
    }

    /** How many connections each node took, in the order of the nodes: to show the requests really alternated. */
    /** Every request so far, oldest first: when (seconds since the proxy started), the node, the request line. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public List<Integer> served() {
        return Arrays.stream(served).map(AtomicInteger::get).toList();
    }

    /**
     * Sends the WebSocket handshakes to this node (its index) while it takes connections, the others
     * in turn when it does not: a test knows which node holds a page's socket, the requests of the page
     * still alternate.
     */
    public RoundRobinProxy socketsTo(int node) {
        socketNode = node;
        return this;
    }

    /** How many WebSocket connections each node holds now, in the order of the nodes. */
    public List<Integer> sockets() {
        return Arrays.stream(sockets).map(AtomicInteger::get).toList();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Proxy not closed", e);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread connection = new Thread(() -> serve(client), "round-robin-proxy-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.WARNING, "Proxy accept failed", e);
                }
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream fromClient = client.getInputStream();
            byte[] head = readHead(fromClient);
            if (head.length == 0) {
                return;
            }
            boolean upgrade = isUpgrade(head);
            Connected connected = upgrade && socketNode >= 0 ? connectTo(socketNode) : connectToNext();
            requests.add(String.format(Locale.ROOT, "%7.3f s node %d %s", (System.nanoTime() - started) / 1e9,
                    connected.index(), headerLines(head).get(0)));
            try (Socket node = connected.socket()) {
                if (upgrade) {
                    sockets[connected.index()].incrementAndGet();
                }
                node.getOutputStream().write(upgrade ? head : oneRequestOnly(head));
                Thread upstream = new Thread(() -> pipe(fromClient, node), "round-robin-proxy-upstream");
                upstream.setDaemon(true);
                upstream.start();
                pipe(node.getInputStream(), client);
            } finally {
                if (upgrade) {
                    sockets[connected.index()].decrementAndGet();
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Proxy connection ended", e);
        }
    }

    /** A connection to the node of that index. */
    private record Connected(int index, Socket socket) {
    }

    /** The node preferred, or the next in turn when it does not take the connection. */
    private Connected connectTo(int preferred) throws IOException {
        Connected connected = tryConnect(preferred);
        return connected != null ? connected : connectToNext();
    }

    /** The next node in turn that takes the connection; a dead one is skipped, as a balancer's health check would. */
    private Connected connectToNext() throws IOException {
        for (int tries = 0; tries < nodes.size(); tries++) {
            Connected connected = tryConnect(Math.floorMod(next.getAndIncrement(), nodes.size()));
            if (connected != null) {
                return connected;
            }
        }
        throw new IOException("No node takes connections");
    }

    private Connected tryConnect(int at) throws IOException {
        Socket node = new Socket();
        try {
            node.connect(nodes.get(at), 2000);
            served[at].incrementAndGet();
            return new Connected(at, node);
        } catch (IOException refused) {
            node.close();
            return null;
        }
    }

    /** The request head up to its blank line; what follows (a body, WebSocket frames) is piped as it is. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < END_OF_HEAD.length) {
            int b = in.read();
            if (b < 0 || head.size() > HEAD_LIMIT) {
                return new byte[0];
            }
            head.write(b);
            matched = b == END_OF_HEAD[matched] ? matched + 1 : (b == END_OF_HEAD[0] ? 1 : 0);
        }
        return head.toByteArray();
    }

    /** Whether the request asks for an upgrade (a WebSocket handshake), after which the connection carries frames. */
    private static boolean isUpgrade(byte[] head) {
        return headerLines(head).stream().anyMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("upgrade:"));
    }

    private static List<String> headerLines(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.substring(0, text.length() - END_OF_HEAD.length).lines().toList();
    }

    /** The head with {@code Connection: close} in place of whatever it asked for. */
    private static byte[] oneRequestOnly(byte[] head) {
        String rewritten = headerLines(head).stream().filter(line -> !line.toLowerCase(Locale.ROOT).startsWith("connection:"))
                .collect(Collectors.joining("\r\n")) + "\r\nConnection: close\r\n\r\n";
        return rewritten.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void pipe(InputStream in, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try {
            OutputStream out = to.getOutputStream();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            // One side went away (a node killed, a browser closed): the other side goes too.
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Socket not closed", e);
        }
    }
}
