package io.livechat.it.support;

import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A second node of the shared server's cluster ({@link MicroNode#second}) for the tests of one class,
 * as a static {@code @RegisterExtension} field: it starts booting when the class is loaded, while the
 * shared server starts or runs, the class's tests wait for it once, and it stops after them.
 */
public final class SecondNode implements BeforeAllCallback, AfterAllCallback {

    private final CompletableFuture<MicroNode> booting = CompletableFuture.supplyAsync(MicroNode::second);
    private MicroNode node;

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            node = booting.join();
        } catch (CompletionException e) {
            // The node's own failure, with its log, rather than the future's wrapper.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        booting.thenAccept(MicroNode::close).exceptionally(failed -> null).join();
    }

    /** The application's root URL on this node. */
    public URL base() {
        return node.base();
    }

    /** {@code kill -9}, as {@link MicroNode#kill}. */
    public void kill() {
        node.kill();
    }
}
