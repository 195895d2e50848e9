package io.livechat.channel.widget.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Conversation;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Agents' typing, shown to the user: the consoles call this while their agent types a reply. */
@Stateless
public class Typing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    @Inject
    private Accounts accounts;

    @Inject
    private Event<AgentTyping> typing;

    /** The calling agent types in the conversation; only the widget shows it (other channels have no such signal). */
    public void agentTyping(long conversationId) {
        Conversation conversation = access.visibleRecord(em.find(Conversation.class, conversationId),
                Conversation::getBot, "Conversation", conversationId);
        if (conversation.getChannel() == Channel.WEB) {
            typing.fire(new AgentTyping(conversationId, conversation.getBot().getId(),
                    conversation.getContact().getExternalId(),
                    access.isBotEngine() ? null : accounts.current().getDisplayName()));
        }
    }
}
