package io.livechat.handover.boundary;

/** A member of a bot as its Live Chat shows them to the others: who, and whether they take chats now. */
public record Teammate(String username, String displayName, boolean online) {
}
