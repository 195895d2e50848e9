package io.livechat.conversation.entity;

/** How far a message has travelled. Inbound messages are RECEIVED; outbound ones start PENDING. */
public enum DeliveryStatus {
    RECEIVED,
    PENDING,
    SENT,
    DELIVERED,
    READ,
    FAILED
}
