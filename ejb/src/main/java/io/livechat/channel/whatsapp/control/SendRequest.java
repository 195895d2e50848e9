package io.livechat.channel.whatsapp.control;

import io.livechat.conversation.entity.Choice;
import java.util.List;

/** Everything one send needs, read in the transaction that claimed the outbox entry. */
record SendRequest(long messageId, String phoneNumberId, String accessToken, String to, String text,
                   List<Choice> choices) {

    @Override
    public String toString() {
        return "SendRequest[message " + messageId + "]";
    }
}
