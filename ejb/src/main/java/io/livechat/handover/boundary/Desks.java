package io.livechat.handover.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.contact.entity.Contact;
import io.livechat.handover.entity.Handover;
import io.livechat.handover.entity.HandoverState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a person's Live Chat page shows of a bot: their desk (may they assign, do they supervise)
 * and the handovers they may see. Agents see every pending handover and the ones assigned to them;
 * supervisors see every assigned one too, with its assignee.
 */
@Stateless
public class Desks {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    @Inject
    private Accounts accounts;

    /** The caller's desk at the bot; refused (AccessDeniedException) if they may not see it. */
    public Desk of(long botId) {
        Bot bot = access.visible(botId);
        UserAccount caller = accounts.current();
        return new Desk(bot.getId(), bot.getName(), caller.getUsername(), caller.getDisplayName(), caller.isOnline(),
                bot.hasMember(caller), access.supervises(bot, caller));
    }

    /** The pending handovers, oldest request first, then the assigned ones the caller may see. */
    public List<HandoverItem> queue(long botId) {
        Bot bot = access.visible(botId);
        UserAccount caller = accounts.current();
        boolean supervisor = access.supervises(bot, caller);
        Stream<Handover> assigned = inState(botId, HandoverState.ASSIGNED).stream()
                .filter(handover -> supervisor || handover.isAssignedTo(caller));
        return Stream.concat(inState(botId, HandoverState.PENDING).stream(), assigned)
                .map(Desks::item)
                .toList();
    }

    /** One handover of a bot the caller may see, in whatever state it is now. */
    public HandoverItem item(long handoverId) {
        return item(access.visibleRecord(em.find(Handover.class, handoverId), Handover::getBot, "Handover",
                handoverId));
    }

    private List<Handover> inState(long botId, HandoverState state) {
        return em.createNamedQuery(Handover.OF_BOT_IN_STATE, Handover.class)
                .setParameter("botId", botId)
                .setParameter("state", state)
                .getResultList();
    }

    private static HandoverItem item(Handover handover) {
        Contact contact = handover.getConversation().getContact();
        return new HandoverItem(HandoverView.of(handover), contact.getName(), contact.getChannel());
    }
}
