package io.livechat.flow.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The position of one conversation in its bot's workflow: the step it stands at, of which flow
 * version, and whether the bot waits for an answer there. One per conversation, created by the
 * user's first message to the bot.
 */
@Entity
@Table(name = "flow_session")
public class FlowSession {

    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "flow_version", nullable = false)
    private int flowVersion;

    @Column(name = "step_id", length = 60)
    private String stepId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected FlowSession() {
    }

    public FlowSession(long conversationId, int flowVersion, String stepId, SessionStatus status, Instant at) {
        this.conversationId = conversationId;
        moveTo(flowVersion, stepId, status, at);
    }

    /** The conversation moved on in the flow (of this version) to the step, in the status. */
    public void moveTo(int flowVersion, String stepId, SessionStatus status, Instant at) {
        this.flowVersion = flowVersion;
        this.stepId = stepId;
        this.status = Objects.requireNonNull(status);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public Long getConversationId() {
        return conversationId;
    }

    public int getFlowVersion() {
        return flowVersion;
    }

    public String getStepId() {
        return stepId;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FlowSession s && conversationId != null
                && conversationId.equals(s.conversationId);
    }

    @Override
    public int hashCode() {
        return FlowSession.class.hashCode();
    }
}
