package io.livechat.it.livechat;

import io.livechat.it.support.Api;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.SecondNode;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An agent's console behind a round-robin balancer in front of two Payara Micro nodes, with no sticky
 * sessions: the shared server (A) and a second node (B), which dies in the middle of the chat
 * ({@link RoundRobinChat}, the walk WildFlyClusterIT makes on WildFly).
 *
 * <p>Disabled on the class, so that its second node is not started for a test that does not run.
 */
@Disabled("Passed 5 of 7 runs on this machine: in 2 the visitor's first message after the failover did not show on the"
        + " page whose push socket had moved to the surviving node (README 'Clustering'); enable it to check a change to"
        + " session replication or the push")
class RoundRobinConsoleIT extends ClientIT {

    @RegisterExtension
    static final SecondNode nodeB = new SecondNode();

    @Test
    void anAgentChatsThroughARoundRobinBalancerAndGoesOnWhenANodeDies() throws Exception {
        RoundRobinChat.walk(fixture, Api.loopback(base), nodeB.base(), nodeB::kill);
    }
}
