package io.livechat.it.handover;

import io.livechat.handover.boundary.HandoverChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the next transition of a chosen handover fail inside its transaction, after the boundary
 * did all its work (state change, notice queued), as a database or observer failure would.
 */
@ApplicationScoped
public class TransitionFault {

    private final Set<Long> failing = ConcurrentHashMap.newKeySet();

    public void failNextTransitionOf(long handoverId) {
        failing.add(handoverId);
    }

    void injectFault(@Observes HandoverChanged change) {
        if (failing.remove(change.handoverId())) {
            throw new IllegalStateException("Injected failure of handover " + change.handoverId());
        }
    }
}
