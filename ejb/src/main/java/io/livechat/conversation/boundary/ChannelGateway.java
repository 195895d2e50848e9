package io.livechat.conversation.boundary;

/**
 * Delivers an outbound message (an agent's reply or a notice of Live Chat's) to the user through
 * one channel. One implementation per channel, qualified with {@link Via}. Called after the
 * transaction that stored the message committed, so it never sends what was rolled back; it
 * records the outcome on the message's delivery status.
 */
public interface ChannelGateway {

    void deliver(long messageId);
}
