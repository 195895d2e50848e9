package io.livechat.handover.view;

import io.livechat.handover.boundary.HandoverItem;
import io.livechat.handover.boundary.HandoverView;
import io.livechat.shared.boundary.Cursor;
import io.livechat.shared.boundary.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a Live Chat page holds of one handover list: the rows loaded so far, in the list's order
 * (request time, then id), the cursor the next page starts after, and the list's total. A handover
 * that changes is placed in the window if its key is not beyond the cursor (the next page would
 * never bring it); one beyond it comes with the page that reaches it.
 */
public final class HandoverWindow {

    private final List<HandoverItem> items = new ArrayList<>();
    private Cursor next;
    private long total;

    /** Starts again from the list's first page. */
    void reset(Page<HandoverItem> first) {
        items.clear();
        append(first);
    }

    /** Adds the next page at the end; its items. */
    List<HandoverItem> append(Page<HandoverItem> page) {
        items.addAll(page.items());
        next = page.next();
        total = page.total();
        return page.items();
    }

    /** Takes the handover out; true if it was shown. */
    boolean remove(long handoverId) {
        return items.removeIf(item -> item.handover().id() == handoverId);
    }

    /**
     * Puts the handover in its place if it falls within the window; the handover it now stands
     * before (empty: at the end), or nothing if it was not placed.
     */
    Optional<Placement> place(HandoverItem item) {
        HandoverView placed = item.handover();
        if (next != null && compare(placed, next.time(), next.id()) > 0) {
            return Optional.empty();
        }
        int at = 0;
        while (at < items.size() && compare(items.get(at).handover(), placed.requestedAt(), placed.id()) < 0) {
            at++;
        }
        items.add(at, item);
        return Optional.of(new Placement(at + 1 < items.size() ? items.get(at + 1).handover().id() : null));
    }

    void total(long total) {
        this.total = total;
    }

    public List<HandoverItem> getItems() {
        return items;
    }

    Cursor next() {
        return next;
    }

    /** Whether a next page follows what is loaded. */
    public boolean isMore() {
        return next != null;
    }

    /** How many handovers the whole list holds. */
    public long getTotal() {
        return total;
    }

    /** The list's order: request time, then id. */
    private static int compare(HandoverView handover, Instant requestedAt, long id) {
        int byTime = handover.requestedAt().compareTo(requestedAt);
        return byTime != 0 ? byTime : Long.compare(handover.id(), id);
    }

    /** Where a placed handover stands: before the handover of this id, or at the end (null). */
    record Placement(Long before) {
    }
}
