package io.livechat.platform.cluster;

import java.util.List;
import java.util.function.Consumer;

/** How relayed texts travel between nodes: each other node receives each once, never the sender. */
interface RelayTransport {

    /** Starts receiving what other nodes send; {@code received} is called on a thread of the transport. */
    void start(Consumer<Relayed> received);

    /** Sends to the other nodes, in order; called by the relay's own sender thread, outside any transaction. */
    void send(List<Relayed> batch);

    void stop();
}
