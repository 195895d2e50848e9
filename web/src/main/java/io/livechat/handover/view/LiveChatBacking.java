package io.livechat.handover.view;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.Presence;
import io.livechat.console.Texts;
import io.livechat.handover.boundary.Desk;
import io.livechat.handover.boundary.Desks;
import io.livechat.handover.boundary.HandoverItem;
import io.livechat.handover.entity.HandoverState;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * The Live Chat page of one bot: the caller's desk and presence, and the handover lists. The lists
 * are read again whenever a push says that a handover of the bot changed.
 */
@Named
@ViewScoped
public class LiveChatBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Desks desks;

    @Inject
    private Accounts accounts;

    private Long bot;
    private Desk desk;
    private transient List<HandoverItem> queue;

    /** The view action: refuses a caller who may not see the bot (the 403 page), before anything shows. */
    public void open() {
        if (bot == null) {
            throw new NotFoundException("Bot", "(no bot parameter)");
        }
        desk = desks.of(bot);
        queue = null;
    }

    /** Re-reads the lists; called by the page when a handover of this bot changed. */
    public void refresh() {
        queue = null;
    }

    public void changePresence(boolean online) {
        accounts.changePresence(online ? Presence.ONLINE : Presence.OFFLINE);
        desk = desks.of(bot);
        Texts.info(online ? "livechat.presence.nowOnline" : "livechat.presence.nowOffline");
    }

    public List<HandoverItem> getPending() {
        return inState(HandoverState.PENDING);
    }

    public List<HandoverItem> getAssigned() {
        return inState(HandoverState.ASSIGNED);
    }

    private List<HandoverItem> inState(HandoverState state) {
        if (queue == null) {
            queue = desks.queue(bot);
        }
        return queue.stream().filter(item -> item.handover().state() == state).toList();
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
}
