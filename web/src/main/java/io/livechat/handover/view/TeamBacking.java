package io.livechat.handover.view;

import io.livechat.console.Texts;
import io.livechat.handover.boundary.LiveView;
import io.livechat.handover.boundary.LiveViews;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import org.omnifaces.cdi.ViewScoped;

/**
 * The managers' live view of one bot (console/team.xhtml): its people online or offline with their
 * open chats, the handovers waiting and the oldest of them, marked once it waited past the bot's wait
 * alert. A push about the bot's handovers, presence or wait alert reads it again (team.js asks);
 * team.js makes the oldest one's waiting time tick between reads.
 */
@Named
@ViewScoped
public class TeamBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LiveViews liveViews;

    private Long bot;
    private transient LiveView view;

    /** The view action: refuses an agent, or a manager of other bots (the 403 page), before anything shows. */
    public void open() {
        if (bot == null) {
            throw new NotFoundException("Bot", "(no bot parameter)");
        }
        view = liveViews.of(bot);
    }

    /** Reads the figures again: a push, the poll, or the socket back after it was away. */
    public void refresh() {
        view = liveViews.of(bot);
    }

    public LiveView getView() {
        if (view == null) {
            view = liveViews.of(bot);
        }
        return view;
    }

    /** How long someone has waited, e.g. "4 min 12 s" (team.js ticks it on in the same words). */
    public String waited(Duration waited) {
        if (waited.toMinutes() < 1) {
            return Texts.text("team.waited.seconds", waited.toSeconds());
        }
        if (waited.toHours() < 1) {
            return Texts.text("team.waited.minutes", waited.toMinutes(), waited.toSecondsPart());
        }
        return Texts.text("team.waited.hours", waited.toHours(), waited.toMinutesPart());
    }

    public Long getBot() {
        return bot;
    }

    public void setBot(Long bot) {
        this.bot = bot;
    }
}
