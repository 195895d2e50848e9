package io.livechat.handover.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.UserAccount;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.contact.entity.Contact;
import io.livechat.handover.control.HandoverLists;
import io.livechat.handover.entity.Handover;
import io.livechat.handover.entity.HandoverState;
import io.livechat.shared.boundary.Page;
import io.livechat.shared.boundary.PageRequest;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What a person's Live Chat page shows of a bot: their desk (may they assign, do they supervise)
 * and the handovers they may see, a page at a time with the totals. Agents see every pending
 * handover and the ones assigned to them; supervisors see every assigned one too, with its assignee.
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
public class Desks {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    @Inject
    private Accounts accounts;

    @Inject
    private HandoverLists lists;

    /** The caller's desk at the bot; refused (AccessDeniedException) if they may not see it. */
    public Desk of(long botId) {
        Bot bot = access.visible(botId);
        UserAccount caller = accounts.current();
        return new Desk(bot.getId(), bot.getName(), caller.getUsername(), caller.getDisplayName(), caller.isOnline(),
                bot.hasMember(caller), access.supervises(bot, caller));
    }

    /** The bot's agents and managers, online ones first, then by name: who may take a chat now. */
    public List<Teammate> team(long botId) {
        return access.visible(botId).getMembers().stream()
                .filter(UserAccount::isEnabled)
                .sorted(UserAccount.ONLINE_FIRST)
                .map(member -> new Teammate(member.getUsername(), member.getDisplayName(), member.isOnline()))
                .toList();
    }

    /** A page of the pending handovers, oldest request first, with how many wait in all. */
    public Page<HandoverItem> pending(long botId, PageRequest page) {
        access.visible(botId);
        return lists.inState(botId, HandoverState.PENDING, null, page, Desks::item);
    }

    /**
     * A page of the assigned handovers the caller may see, oldest request first, with their total:
     * a supervisor's are all of the bot's, an agent's their own.
     */
    public Page<HandoverItem> assigned(long botId, PageRequest page) {
        Bot bot = access.visible(botId);
        return lists.inState(botId, HandoverState.ASSIGNED, assigneeSeenBy(bot), page, Desks::item);
    }

    /** The totals of the caller's two lists now: pending handovers, and the assigned ones they see. */
    public DeskTotals totals(long botId) {
        Bot bot = access.visible(botId);
        return new DeskTotals(lists.count(botId, HandoverState.PENDING, null),
                lists.count(botId, HandoverState.ASSIGNED, assigneeSeenBy(bot)));
    }

    /** Whose assigned handovers the caller sees: everybody's (null) for a supervisor, else their own. */
    private UserAccount assigneeSeenBy(Bot bot) {
        UserAccount caller = accounts.current();
        return access.supervises(bot, caller) ? null : caller;
    }

    /** One handover of a bot the caller may see, in whatever state it is now. */
    public HandoverItem item(long handoverId) {
        return item(access.visibleRecord(em.find(Handover.class, handoverId), Handover::getBot, "Handover",
                handoverId));
    }

    private static HandoverItem item(Handover handover) {
        Contact contact = handover.getConversation().getContact();
        return new HandoverItem(HandoverView.of(handover), contact.getDisplayName(), contact.getChannel());
    }
}
