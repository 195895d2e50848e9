package io.livechat.conversation.boundary;

import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.MessageText;
import io.livechat.shared.boundary.InvalidInputException;
import java.util.Map;

/**
 * A message longer than its channel holds ({@code text-too-long}, with the channel's {@code max} and
 * the text's {@code length}, both in UTF-16 code units as {@link MessageText} counts). Nothing of it
 * is stored or cut; the writer shortens it and sends again.
 */
public class TextTooLongException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public TextTooLongException(Channel channel, int length) {
        super("text-too-long", "A message holds at most " + MessageText.maxOn(channel)
                        + " characters (an emoji counts 2 or more); this one has " + length,
                Map.of("max", MessageText.maxOn(channel), "length", length));
    }

    /** Refuses a text that says nothing ({@code invalid-input}) or is longer than the channel holds. */
    public static void check(String text, Channel channel) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(MessageText.RULE);
        }
        if (!MessageText.fits(text, channel)) {
            throw new TextTooLongException(channel, text.length());
        }
    }
}
