package io.livechat.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies balancers = TrustedProxies.parse("10.0.0.0/8, 192.0.2.7 ,fd00::/8");

    @Test
    void withNoProxyListedTheConnectionCountsAndTheHeaderIsIgnored() {
        TrustedProxies none = TrustedProxies.parse("");
        assertEquals("10.1.2.3", none.client("10.1.2.3", List.of("198.51.100.1")));
    }

    @Test
    void behindTrustedProxiesTheAddressTheFirstOneReceivedItFromCounts() {
        assertEquals("198.51.100.1", balancers.client("10.1.2.3", List.of("198.51.100.1")));
        assertEquals("198.51.100.1", balancers.client("10.1.2.3", List.of("198.51.100.1, 192.0.2.7")),
                "through two proxies of ours");
        assertEquals("198.51.100.1", balancers.client("10.1.2.3", List.of("198.51.100.1", "10.9.9.9")),
                "the hops spread over two headers");
        assertEquals("2001:db8:0:0:0:0:0:1", balancers.client("fd12::1", List.of("2001:db8::1")));
    }

    @Test
    void whatAClientWroteLeftOfTheLastUntrustedHopIsNeverBelieved() {
        assertEquals("198.51.100.1", balancers.client("10.1.2.3", List.of("203.0.113.66, 198.51.100.1")),
                "the client claimed 203.0.113.66; our balancer saw 198.51.100.1");
        assertEquals("198.51.100.9", balancers.client("198.51.100.9", List.of("203.0.113.66")),
                "a header sent straight to us by a client");
        assertEquals("10.1.2.3", balancers.client("10.1.2.3", List.of("not-an-address")),
                "garbage stops at the last proxy");
        assertEquals("10.1.2.3", balancers.client("10.1.2.3", List.of("198.51.100.300")));
        assertEquals("10.1.2.3", balancers.client("10.1.2.3", List.of("")));
    }

    @Test
    void addressesAreReadOnlyAsLiteralsNeverLookedUp() {
        assertTrue(TrustedProxies.literal("localhost").isEmpty());
        assertTrue(TrustedProxies.literal("example.com").isEmpty());
        assertTrue(TrustedProxies.literal("1.2.3").isEmpty());
        assertEquals("198.51.100.1", TrustedProxies.literal("198.51.100.1:4711").orElseThrow().getHostAddress());
        assertEquals("0:0:0:0:0:0:0:1", TrustedProxies.literal("[::1]:4711").orElseThrow().getHostAddress());
    }

    @Test
    void aSettingThatIsNoAddressIsRefusedAtStartWithTheEntry() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TrustedProxies.parse("10.0.0.0/8, lb.example.com"));
        assertTrue(refused.getMessage().contains("lb.example.com"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    }
}
