package io.livechat.handover.rest;

import io.livechat.contact.boundary.ContactIdentity;
import io.livechat.conversation.boundary.TranscriptLine;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.MessageText;
import io.livechat.conversation.entity.Sender;
import io.livechat.handover.boundary.HandoverRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A bot engine's request to hand a conversation over, with what was said so far. */
public record HandoverCreation(@NotNull @Positive Long botId,
                               @NotNull @Valid Contact contact,
                               @Size(max = 120) String step,
                               @Size(max = 500) String reason,
                               @Size(max = 500) List<@NotNull @Valid Line> transcript) {

    /** The end user, as the channel knows them. */
    public record Contact(@NotNull @Pattern(regexp = "WEB|WHATSAPP", message = "must be WEB or WHATSAPP") String channel,
                          @NotBlank @Size(max = 128) String externalId,
                          @Size(max = io.livechat.contact.entity.Contact.MAX_NAME) String name) {
    }

    /** One line of the transcript so far. */
    public record Line(@NotNull @Pattern(regexp = "USER|BOT", message = "must be USER or BOT") String sender,
                       @NotBlank @Size(max = MessageText.MAX) String text) {
    }

    HandoverRequest toRequest() {
        List<TranscriptLine> lines = transcript == null ? List.of()
                : transcript.stream().map(line -> new TranscriptLine(Sender.valueOf(line.sender()), line.text())).toList();
        return new HandoverRequest(botId, new ContactIdentity(Channel.valueOf(contact.channel()), contact.externalId(),
                contact.name()), step, reason, lines);
    }
}
