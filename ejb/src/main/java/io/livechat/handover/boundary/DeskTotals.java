package io.livechat.handover.boundary;

/** How many handovers a person's Live Chat lists hold in all: the pending ones, the assigned ones they see. */
public record DeskTotals(long pending, long assigned) {
}
