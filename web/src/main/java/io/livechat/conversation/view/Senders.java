package io.livechat.conversation.view;

import io.livechat.conversation.boundary.MessageView;
import io.livechat.console.Texts;

/**
 * Who wrote a message, as a console reader reads it: the one rule for every page that shows a
 * transcript (the Live Chat, the report's audit trail, the history), so that a message is signed
 * the same wherever it is read.
 */
public final class Senders {

    private Senders() {
    }

    /**
     * The user's messages are signed with the contact's name (as the page names the contact), the
     * bot's with the bot's name, an agent's message and a private note with the agent's display
     * name, and the product's own notices with "Live Chat".
     */
    public static String nameOf(MessageView message, String contactName, String botName) {
        return switch (message.sender()) {
            case USER -> contactName;
            case BOT -> botName;
            case AGENT, NOTE -> message.authorName();
            case SYSTEM -> Texts.text("livechat.sender.system");
        };
    }
}
