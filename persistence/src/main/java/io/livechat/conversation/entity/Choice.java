package io.livechat.conversation.entity;

import java.util.Objects;

/** An answer a bot offers the user to pick: the id drives the workflow, the title is what the user sees. */
public record Choice(String id, String title) {

    public Choice {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
    }
}
