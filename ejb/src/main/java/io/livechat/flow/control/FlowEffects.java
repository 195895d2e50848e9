package io.livechat.flow.control;

import io.livechat.conversation.entity.Choice;
import java.util.List;

/** What a turn of the workflow does to the conversation; the runner does it, tests record it. */
public interface FlowEffects {

    /** Sends the bot's message, with buttons if there are choices. */
    void reply(String text, List<Choice> choices);

    /** Keeps the user's answer as an attribute of the contact. */
    void remember(String attribute, String value);

    /** Hands the conversation over to the bot's agents from the step. */
    void handOver(String stepId, String reason);
}
