package io.livechat.handover.view;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.Presence;
import io.livechat.console.Texts;
import io.livechat.handover.boundary.Desk;
import io.livechat.handover.boundary.DeskTotals;
import io.livechat.handover.boundary.Desks;
import io.livechat.handover.boundary.HandoverItem;
import io.livechat.handover.boundary.HandoverView;
import io.livechat.handover.boundary.Teammate;
import io.livechat.handover.entity.HandoverState;
import io.livechat.shared.boundary.BusinessException;
import io.livechat.shared.boundary.NotFoundException;
import io.livechat.shared.boundary.Page;
import io.livechat.shared.boundary.PageRequest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * The Live Chat page of one bot: the caller's desk and presence, and the two handover lists, each
 * shown a page at a time (the oldest first) with its total. Scrolling to the end of a list loads
 * its next page; a push about one handover reads that one handover and the totals, and the page
 * puts that one row in place ({@link #getChanges()}), so no list is read again for a change.
 */
@Named
@ViewScoped
public class LiveChatBacking implements Serializable {

    /** The rows a list shows first, and how many more each scroll to its end loads. */
    static final int PAGE = PageRequest.DEFAULT_LIMIT;
    static final String PENDING = "pending";
    static final String ASSIGNED = "assigned";

    private static final long serialVersionUID = 1L;

    @Inject
    private Desks desks;

    @Inject
    private Accounts accounts;

    private Long bot;
    private Desk desk;
    private transient HandoverWindow pending;
    private transient HandoverWindow assigned;
    private transient List<RowChange> changes = List.of();
    private transient List<Teammate> team;

    /** The view action: refuses a caller who may not see the bot (the 403 page), before anything shows. */
    public void open() {
        if (bot == null) {
            throw new NotFoundException("Bot", "(no bot parameter)");
        }
        desk = desks.of(bot);
        pending = null;
        assigned = null;
    }

    /** Reads both lists again, as far as they were loaded (the poll, and a socket that was away). */
    public void refresh() {
        pending = reload(pending, PENDING);
        assigned = reload(assigned, ASSIGNED);
        changes = List.of();
    }

    /** The next page of the list the request names ({@code list=pending|assigned}), to append. */
    public void more() {
        String list = PENDING.equals(Faces.getRequestParameter("list")) ? PENDING : ASSIGNED;
        HandoverWindow window = window(list);
        changes = !window.isMore() ? List.of() : window.append(page(list, new PageRequest(PAGE, window.next())))
                .stream().map(item -> new RowChange(item.handover().id(), list, null, item)).toList();
    }

    /** The handover the request names ({@code handover=<id>}) changed: its row moves, goes or comes. */
    public void pushed() {
        changed(Faces.getRequestParameter("handover", Long::valueOf));
    }

    /** Puts the handover's row where it belongs now (in neither list, once resolved), and the totals. */
    public void changed(long handoverId) {
        // Both: a row is in one list at most, and both must lose it.
        boolean shown = getPending().remove(handoverId) | getAssigned().remove(handoverId);
        HandoverItem item = current(handoverId);
        String list = item == null ? null : listOf(item.handover());
        RowChange row = new RowChange(handoverId, null, null, null);
        if (list != null) {
            row = window(list).place(item).map(placed -> new RowChange(handoverId, list, placed.before(), item))
                    .orElse(row);
        }
        changes = shown || row.item() != null ? List.of(row) : List.of();
        DeskTotals totals = desks.totals(bot);
        pending.total(totals.pending());
        assigned.total(totals.assigned());
    }

    private HandoverItem current(long handoverId) {
        try {
            HandoverItem item = desks.item(handoverId);
            return item.handover().botId() == bot ? item : null;
        } catch (BusinessException gone) {
            return null;
        }
    }

    /** The list a handover in its state belongs to on this desk, or null for none. */
    private String listOf(HandoverView handover) {
        if (handover.state() == HandoverState.PENDING) {
            return PENDING;
        }
        boolean seen = desk.supervisor() || desk.username().equals(handover.assignee());
        return handover.state() == HandoverState.ASSIGNED && seen ? ASSIGNED : null;
    }

    private HandoverWindow reload(HandoverWindow window, String list) {
        int rows = window == null ? PAGE : Math.min(PageRequest.MAX_LIMIT, Math.max(PAGE, window.getItems().size()));
        HandoverWindow read = new HandoverWindow();
        read.reset(page(list, PageRequest.first(rows)));
        return read;
    }

    private HandoverWindow window(String list) {
        return PENDING.equals(list) ? getPending() : getAssigned();
    }

    private Page<HandoverItem> page(String list, PageRequest request) {
        return PENDING.equals(list) ? desks.pending(bot, request) : desks.assigned(bot, request);
    }

    /** The bot's agents and managers with their presence, for everyone on the page. */
    public List<Teammate> getTeam() {
        if (team == null) {
            team = desks.team(bot);
        }
        return team;
    }

    /** Someone of the bot went online or offline: the team again, and the caller's own switch. */
    public void refreshTeam() {
        desk = desks.of(bot);
        team = null;
    }

    public void changePresence(boolean online) {
        accounts.changePresence(online ? Presence.ONLINE : Presence.OFFLINE);
        desk = desks.of(bot);
        team = null;
        Texts.info(online ? "livechat.presence.nowOnline" : "livechat.presence.nowOffline");
    }

    /** The pending handovers loaded so far, oldest first, with their total. */
    public HandoverWindow getPending() {
        if (pending == null) {
            pending = reload(null, PENDING);
        }
        return pending;
    }

    /** The assigned handovers the caller sees, loaded so far, with their total. */
    public HandoverWindow getAssigned() {
        if (assigned == null) {
            assigned = reload(null, ASSIGNED);
        }
        return assigned;
    }

    /** The rows the last request changed, for the page to put in place. */
    public List<RowChange> getChanges() {
        return changes;
    }

    /** How long the user has waited since the handover was requested, e.g. "4 min". */
    public String waiting(Instant requestedAt) {
        Duration waited = Duration.between(requestedAt, Instant.now());
        if (waited.toMinutes() < 1) {
            return Texts.text("livechat.waiting.seconds", Math.max(0, waited.toSeconds()));
        }
        if (waited.toHours() < 1) {
            return Texts.text("livechat.waiting.minutes", waited.toMinutes());
        }
        return Texts.text("livechat.waiting.hours", waited.toHours(), waited.toMinutesPart());
    }

    public Long getBot() {
        return bot;
    }

    public void setBot(Long bot) {
        this.bot = bot;
    }

    public Desk getDesk() {
        return desk;
    }

    public boolean isOnline() {
        return desk.online();
    }

    /** The presence switch binds here; switching it goes through {@link #changePresence}. */
    public void setOnline(boolean online) {
        if (online != desk.online()) {
            changePresence(online);
        }
    }

    /**
     * One row for the page to put in place: the handover's row goes from wherever it is shown and,
     * with an item, into the list named, before the row of {@code before} (at the end for null).
     */
    public record RowChange(long handoverId, String list, Long before, HandoverItem item) {
    }
}
