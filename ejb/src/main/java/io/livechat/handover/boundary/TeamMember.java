package io.livechat.handover.boundary;

import io.livechat.agent.entity.Role;

/** A person of a bot in its managers' live view: whether they take chats now, and how many they hold there. */
public record TeamMember(String username, String displayName, Role role, boolean online, long openChats) {
}
