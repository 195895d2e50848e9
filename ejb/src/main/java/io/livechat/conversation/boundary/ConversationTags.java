package io.livechat.conversation.boundary;

import io.livechat.conversation.entity.Conversation;
import io.livechat.shared.boundary.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * Tags on conversations ("refund", "vip"), for finding them again later. A tag is kept trimmed, in
 * lower case and with single spaces, so "Refund " and "refund" are one tag; otherwise tags compare
 * exactly, in the database too ("café" and "cafe" are two). Anyone who may see the bot may tag its
 * conversations.
 */
@Stateless
public class ConversationTags {

    /** The longest tag the database keeps. */
    public static final int MAX_LENGTH = 60;
    private static final int MAX_SUGGESTIONS = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Conversations conversations;

    @Inject
    private Event<ConversationTagged> tagged;

    /** The conversation's tags in alphabetical order. */
    public List<String> of(long conversationId) {
        return sorted(conversations.visible(conversationId));
    }

    /** Adds the tag (adding one the conversation has changes nothing); answers the tags now. */
    public List<String> add(long conversationId, String tag) {
        Conversation conversation = conversations.visible(conversationId);
        String normal = normalize(tag);
        if (!conversation.getTags().contains(normal)) {
            conversation.tag(normal);
            changed(conversation);
        }
        return sorted(conversation);
    }

    /** Removes the tag (removing one the conversation lacks changes nothing); answers the tags now. */
    public List<String> remove(long conversationId, String tag) {
        Conversation conversation = conversations.visible(conversationId);
        String normal = normalize(tag);
        if (conversation.getTags().contains(normal)) {
            conversation.untag(normal);
            changed(conversation);
        }
        return sorted(conversation);
    }

    /** Tags already used on the bot's conversations that start with the prefix, for suggestions while typing. */
    public List<String> suggestions(long botId, String prefix) {
        conversations.requireBotVisible(botId);
        String start = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        List<?> tags = em.createNamedQuery(Conversation.TAGS_OF_BOT)
                .setParameter(1, botId)
                .setParameter(2, start + "%")
                .setMaxResults(MAX_SUGGESTIONS)
                .getResultList();
        return tags.stream().map(String.class::cast).toList();
    }

    static String normalize(String tag) {
        String normal = tag == null ? "" : tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (normal.isEmpty()) {
            throw new InvalidInputException("A tag needs at least one letter or digit");
        }
        if (normal.length() > MAX_LENGTH) {
            throw new InvalidInputException("A tag holds at most " + MAX_LENGTH + " characters");
        }
        return normal;
    }

    /** Sorted here: the persistence provider loads the tags into a set of its own, in no order. */
    private static List<String> sorted(Conversation conversation) {
        return conversation.getTags().stream().sorted().toList();
    }

    private void changed(Conversation conversation) {
        em.flush();
        tagged.fire(new ConversationTagged(conversation.getId(), conversation.getBot().getId()));
    }
}
