package io.livechat.channel.widget.boundary;

import io.livechat.handover.boundary.WaitingStatus;

/** A web visitor and where their handover stands; {@code status} is null when they have none open. */
public record VisitorWaiting(long botId, String visitorId, WaitingStatus status) {

    /** The address of the visitor's open widgets (see {@link Visitor#address()}). */
    public String address() {
        return Visitor.address(botId, visitorId);
    }
}
