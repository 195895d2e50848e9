package io.livechat.bot.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/**
 * What a bot tells the user at the moments of a handover; each text has a default that works. The
 * queue texts may name the user's place in the queue with {@value #POSITION}, the text on a transfer or a
 * reassignment the new agent with {@value #AGENT}.
 */
@Embeddable
public class NotificationTexts implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_LENGTH = 500;
    /** Where a queue text puts the user's place in the queue (1 for the next to be taken). */
    public static final String POSITION = "{position}";
    public static final String DEFAULT_TRANSFERRED = "You are being transferred to Agent";
    public static final String DEFAULT_RESOLVED = "Resolved";
    public static final String DEFAULT_AGENTS_AWAY = "All our agents are away right now. We will answer as soon as one is back.";
    public static final String DEFAULT_QUEUED = "You are in the queue: position " + POSITION;
    public static final String DEFAULT_BACK_IN_QUEUE = "You are back in the queue: position " + POSITION;
    /** Where the text on a transfer or reassignment puts the new agent's display name. */
    public static final String AGENT = "{agent}";
    public static final String DEFAULT_HANDED_ON = "You are being transferred to " + AGENT;

    @Column(name = "transferred_text", nullable = false, length = 500)
    @NotBlank
    @Size(max = MAX_LENGTH)
    private String transferred;

    @Column(name = "resolved_text", nullable = false, length = 500)
    @NotBlank
    @Size(max = MAX_LENGTH)
    private String resolved;

    @Column(name = "agents_away_text", nullable = false, length = 500)
    @NotBlank
    @Size(max = MAX_LENGTH)
    private String agentsAway;

    @Column(name = "queued_text", nullable = false, length = 500)
    @NotBlank
    @Size(max = MAX_LENGTH)
    private String queued;

    @Column(name = "back_in_queue_text", nullable = false, length = 500)
    @NotBlank
    @Size(max = MAX_LENGTH)
    private String backInQueue;

    @Column(name = "handed_on_text", nullable = false, length = 500)
    @NotBlank
    @Size(max = MAX_LENGTH)
    private String handedOn;

    protected NotificationTexts() {
    }

    public NotificationTexts(String transferred, String resolved, String agentsAway, String queued, String backInQueue,
                             String handedOn) {
        this.transferred = Objects.requireNonNull(transferred);
        this.resolved = Objects.requireNonNull(resolved);
        this.agentsAway = Objects.requireNonNull(agentsAway);
        this.queued = Objects.requireNonNull(queued);
        this.backInQueue = Objects.requireNonNull(backInQueue);
        this.handedOn = Objects.requireNonNull(handedOn);
    }

    public static NotificationTexts defaults() {
        return new NotificationTexts(DEFAULT_TRANSFERRED, DEFAULT_RESOLVED, DEFAULT_AGENTS_AWAY, DEFAULT_QUEUED,
                DEFAULT_BACK_IN_QUEUE, DEFAULT_HANDED_ON);
    }

    public String transferred() {
        return transferred;
    }

    public String resolved() {
        return resolved;
    }

    public String agentsAway() {
        return agentsAway;
    }

    /** The text as typed, with {@value #POSITION} in it where the user's place goes. */
    public String queued() {
        return queued;
    }

    public String backInQueue() {
        return backInQueue;
    }

    /** The text as typed, with {@value #AGENT} in it where the new agent's name goes. */
    public String handedOn() {
        return handedOn;
    }

    /** What the user reads when their chat moves to the agent of this display name. */
    public String handedOnTo(String agentName) {
        return handedOn.replace(AGENT, agentName);
    }

    /** What the user reads when their handover joins the queue at this place. */
    public String queuedAt(long position) {
        return queued.replace(POSITION, Long.toString(position));
    }

    /** What the user reads when their handover was given back to the queue and is at this place. */
    public String backInQueueAt(long position) {
        return backInQueue.replace(POSITION, Long.toString(position));
    }
}
