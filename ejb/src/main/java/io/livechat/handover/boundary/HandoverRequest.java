package io.livechat.handover.boundary;

import io.livechat.contact.boundary.ContactIdentity;
import io.livechat.conversation.boundary.TranscriptLine;
import java.util.List;

/** A bot workflow's request to hand a contact's conversation to agents, from the given step. */
public record HandoverRequest(long botId, ContactIdentity contact, String step, String reason,
                              List<TranscriptLine> transcript) {

    public HandoverRequest {
        transcript = transcript == null ? List.of() : List.copyOf(transcript);
    }
}
