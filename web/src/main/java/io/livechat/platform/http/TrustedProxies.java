package io.livechat.platform.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which caller a request comes from when it passes load balancers or reverse proxies: the address
 * that last handed it to a proxy we trust. {@code X-Forwarded-For} is read from its right end, where
 * our own proxies appended, and only through the proxies listed; whatever a client wrote further
 * left is its own claim and never believed, so nobody escapes a per-address limit by sending the
 * header. With no proxy listed, the connection's own address counts.
 */
public final class TrustedProxies {

    private static final Pattern ADDRESS_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /**
     * @param setting comma-separated addresses and CIDR ranges ({@code 10.0.0.0/8, 192.0.2.7, fd00::/8}); blank for none
     * @throws IllegalArgumentException naming the entry that is no address or range
     */
    public static TrustedProxies parse(String setting) {
        return new TrustedProxies(Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(Range::parse)
                .toList());
    }

    /**
     * @param peer            the address of the connection (the servlet's remote address)
     * @param forwardedHeaders every {@code X-Forwarded-For} header of the request, in order
     */
    public String client(String peer, List<String> forwardedHeaders) {
        String client = peer;
        List<String> hops = forwardedHeaders.stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .toList();
        for (int i = hops.size() - 1; i >= 0 && trusted(client); i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                break; // garbage where a proxy of ours would have written an address: stop at the last proxy
            }
            client = hop.get().getHostAddress();
        }
        return client;
    }

    private boolean trusted(String address) {
        Optional<InetAddress> parsed = literal(address);
        return parsed.isPresent() && ranges.stream().anyMatch(range -> range.contains(parsed.get()));
    }

    /** An IP address written as one; never a name, which InetAddress would look up in the DNS. */
    static Optional<InetAddress> literal(String text) {
        String address = text.startsWith("[") && text.contains("]") ? text.substring(1, text.indexOf(']')) : text;
        if (address.chars().filter(c -> c == ':').count() == 1) {
            address = address.substring(0, address.indexOf(':')); // IPv4 with a port
        }
        // A text with a colon can only be read as IPv6; one without must be four decimal octets.
        if (!ADDRESS_CHARACTERS.matcher(address).matches() || !address.contains(":") && !IPV4.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            String[] parts = entry.split("/", 2);
            InetAddress address = literal(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "Not an IP address or CIDR range: " + entry));
            int bits = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry, e);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
