package io.livechat.flow.boundary;

/** What a workflow step does. */
public enum StepType {
    /** Sends its text and goes on to its next step at once. */
    MESSAGE,
    /** Sends its text, waits for the answer, keeps it as a contact attribute, then goes on. */
    QUESTION,
    /** Sends its text with buttons; the picked choice names the next step. */
    CHOICES,
    /** Sends its text, if any, and hands the conversation over to the bot's agents. */
    HANDOVER,
    /** Sends its text, if any; the user's next message starts the flow again. */
    END
}
