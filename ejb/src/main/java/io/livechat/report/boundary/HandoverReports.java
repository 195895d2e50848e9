package io.livechat.report.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;
import io.livechat.audit.boundary.AuditTrail;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.conversation.boundary.Conversations;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.handover.entity.Handover;
import io.livechat.report.control.ReportQueries;
import io.livechat.report.control.ReportScope;
import io.livechat.shared.boundary.AccessDeniedException;
import io.livechat.shared.boundary.NotFoundException;
import io.livechat.shared.boundary.Page;
import io.livechat.shared.boundary.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The handover report, for admins (every bot) and managers (the bots they manage). An agent is refused
 * ({@link AccessDeniedException}, 403), as is a manager whose filter names a bot they do not manage;
 * a handover of a bot the caller does not supervise is not found (404). Agents may call it, so that they
 * are refused with a 403 rather than an EJB access failure. Each call checks the caller once and reads
 * on its own thread: on two cores, parallel reads gained nothing.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "AGENT"})
public class HandoverReports {

    /** How many transcript messages the drill-down shows at most. */
    static final int TRANSCRIPT_LIMIT = 1000;

    /** The largest page of {@link #handoversAfter}. */
    public static final int MAX_EXPORT_PAGE = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private BotAccess access;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Conversations conversations;

    @Inject
    private ReportQueries queries;

    @Inject
    private Clock clock;

    /** The bots the caller may report on, by name. */
    public List<ReportBot> bots() {
        return supervisedBots(supervisor()).stream().map(bot -> new ReportBot(bot.getId(), bot.getName()))
                .sorted(Comparator.comparing(ReportBot::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The figures, the chart, the waiting-time buckets and the agents' rows of the filter's handovers. */
    public HandoverReport view(ReportFilter filter) {
        List<Bot> bots = scopeBots(filter);
        ReportScope scope = scope(filter, bots);
        ReportQueries.Figures figures = queries.figures(scope);
        return new HandoverReport(filter, scope.window(), figures.figures(), figures.chart(), figures.waits(),
                queries.agents(scope, people(bots, scope)));
    }

    /** A page of the filter's handovers, sorted in the database. */
    public List<ReportRow> handovers(ReportFilter filter, ReportSort sort, boolean ascending, int first, int size) {
        if (first < 0 || size < 1 || size > PageRequest.MAX_LIMIT) {
            throw new IllegalArgumentException("rows " + first + " + " + size);
        }
        ReportScope scope = scope(filter, scopeBots(filter));
        return scope.isEmpty() ? List.of() : queries.handovers(scope, sort, ascending, first, size);
    }

    /**
     * At most {@code size} of the filter's handovers after {@code last} (null: from the first) in the
     * table's first order, newest request first: the exports' keyset pages, each its own call.
     */
    public List<ReportRow> handoversAfter(ReportFilter filter, ReportRow last, int size) {
        if (size < 1 || size > MAX_EXPORT_PAGE) {
            throw new IllegalArgumentException("page of " + size);
        }
        ReportScope scope = scope(filter, scopeBots(filter));
        return scope.isEmpty() ? List.of() : queries.handoversAfter(scope, last, size);
    }

    /** One handover's audit trail beside its conversation's transcript; another bot's handover is not found. */
    public HandoverAudit audit(long handoverId) {
        UserAccount caller = supervisor();
        Handover handover = em.find(Handover.class, handoverId);
        if (handover == null || !access.supervises(handover.getBot(), caller)) {
            throw new NotFoundException("Handover", handoverId);
        }
        return new HandoverAudit(queries.handover(handoverId), auditTrail.ofHandover(handoverId),
                transcript(handover.getConversation().getId()));
    }

    private List<MessageView> transcript(long conversationId) {
        List<MessageView> messages = new ArrayList<>();
        Page<MessageView> page = conversations.transcript(conversationId, PageRequest.first(PageRequest.MAX_LIMIT));
        messages.addAll(page.items());
        while (page.hasNext() && messages.size() < TRANSCRIPT_LIMIT) {
            page = conversations.transcript(conversationId, PageRequest.first(PageRequest.MAX_LIMIT).next(page.next()));
            messages.addAll(page.items());
        }
        return messages;
    }

    /** The caller, if they may see team reports at all. */
    private UserAccount supervisor() {
        UserAccount caller = accounts.current();
        if (caller.getRole() == Role.AGENT) {
            throw new AccessDeniedException(caller.getUsername() + " is an agent: team reports are for admins and managers");
        }
        return caller;
    }

    private List<Bot> supervisedBots(UserAccount caller) {
        return access.visibleToCaller().stream().filter(bot -> access.supervises(bot, caller)).toList();
    }

    /** The filter's bot if the caller supervises it (403 otherwise), else every bot they supervise. */
    private List<Bot> scopeBots(ReportFilter filter) {
        UserAccount caller = supervisor();
        if (filter.bot() == null) {
            return supervisedBots(caller);
        }
        Bot bot = access.visible(filter.bot());
        if (!access.supervises(bot, caller)) {
            throw new AccessDeniedException(caller.getUsername() + " is not a manager of bot " + bot.getId());
        }
        return List.of(bot);
    }

    private ReportScope scope(ReportFilter filter, List<Bot> bots) {
        Instant now = clock.instant();
        Long agentId = filter.agent() == null ? null
                : accounts.findByUsername(filter.agent()).map(UserAccount::getId).orElse(-1L);
        return new ReportScope(bots.stream().map(Bot::getId).toList(), filter.window(now), now, filter.channel(),
                agentId, filter.state(), filter.tag(), filter.step());
    }

    /** Whose time online the agents' table shows: the members of the report's bots, or the filter's agent. */
    private static Map<Long, String[]> people(List<Bot> bots, ReportScope scope) {
        Map<Long, String[]> people = new LinkedHashMap<>();
        for (Bot bot : bots) {
            for (UserAccount member : bot.getMembers()) {
                if (scope.agentId() == null || scope.agentId().equals(member.getId())) {
                    people.put(member.getId(), new String[] {member.getUsername(), member.getDisplayName()});
                }
            }
        }
        return people;
    }
}
