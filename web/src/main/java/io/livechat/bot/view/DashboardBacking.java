package io.livechat.bot.view;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.Presence;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.boundary.BotSummary;
import io.livechat.bot.boundary.Bots;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * The dashboard ({@code console/index.xhtml}): the caller's bots with their pending handovers
 * (every bot for an admin), refreshed when a handover of one of them changes, and the caller's
 * presence. {@code ?bot=ID} highlights a bot; a bot the caller may not see answers the 403 page,
 * because {@link BotAccess#visible} refuses it before anything of it is shown.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Bots bots;

    @Inject
    private BotAccess botAccess;

    @Inject
    private Accounts accounts;

    private Long botId;

    private List<BotSummary> summaries = List.of();

    private Presence presence;

    @PostConstruct
    void load() {
        refresh();
        presence = accounts.current().getPresence();
    }

    /** The view action: a bot named in the URL must be one the caller may see, or the page is refused. */
    public void checkRequestedBot() {
        if (botId != null) {
            botAccess.visible(botId);
        }
    }

    /** Reloads the bots and their counts; the live push calls this through a remote command. */
    public void refresh() {
        summaries = bots.ofCaller();
    }

    /** Whether the row is the bot the URL named, to highlight it. */
    public boolean isRequested(BotSummary bot) {
        return botId != null && botId == bot.id();
    }

    public void togglePresence() {
        presence = accounts.changePresence(isOnline() ? Presence.OFFLINE : Presence.ONLINE).getPresence();
    }

    public boolean isOnline() {
        return presence == Presence.ONLINE;
    }

    public List<BotSummary> getBots() {
        return summaries;
    }

    public Long getBotId() {
        return botId;
    }

    public void setBotId(Long botId) {
        this.botId = botId;
    }
}
