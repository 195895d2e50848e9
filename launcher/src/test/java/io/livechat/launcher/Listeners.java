package io.livechat.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** The TCP addresses a process listens on, read from Linux's /proc as {@code ss -ltnp} reads them. */
final class Listeners {

    private static final String LISTEN = "0A";

    private Listeners() {
    }

    static List<InetSocketAddress> of(long pid) throws IOException {
        Path proc = Path.of("/proc", Long.toString(pid));
        Set<String> sockets = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
            for (Path fd : fds) {
                String target = readLink(fd);
                if (target.startsWith("socket:[")) {
                    sockets.add(target.substring("socket:[".length(), target.length() - 1));
                }
            }
        }
        List<InetSocketAddress> listening = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            for (String line : Files.readAllLines(proc.resolve("net").resolve(table)).stream().skip(1).toList()) {
                // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
                String[] fields = line.strip().split("\\s+");
                if (fields[3].equals(LISTEN) && sockets.contains(fields[9])) {
                    listening.add(address(fields[1]));
                }
            }
        }
        return listening;
    }

    /** The kernel's hex of an address and port; the address is 32-bit words in host (little-endian) order. */
    static InetSocketAddress address(String hex) throws IOException {
        String[] parts = hex.split(":");
        byte[] raw = HexFormat.of().parseHex(parts[0]);
        byte[] address = new byte[raw.length];
        for (int word = 0; word < raw.length; word += 4) {
            for (int i = 0; i < 4; i++) {
                address[word + i] = raw[word + 3 - i];
            }
        }
        // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) comes back as the IPv4 address.
        return new InetSocketAddress(InetAddress.getByAddress(address), Integer.parseInt(parts[1], 16));
    }

    private static String readLink(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
            return ""; // closed since it was listed
        }
    }
}
