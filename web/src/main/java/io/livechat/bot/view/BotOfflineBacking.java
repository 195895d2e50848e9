package io.livechat.bot.view;

import io.livechat.bot.boundary.BotAdministration;
import io.livechat.bot.entity.Bot;
import io.livechat.console.Texts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;

/**
 * The Offline agents section of a bot's page (console/admin/bot.xhtml): whether the assigned chats
 * of an agent who went offline stay theirs or return to the queue, and after how many minutes.
 */
@Named
@ViewScoped
public class BotOfflineBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** What the minutes field offers before a bot returns chats at all. */
    private static final int SUGGESTED_MINUTES = 10;

    @Inject
    private BotAdministration bots;

    @Inject
    @Param(name = "id")
    private Long botId;

    private Boolean returning;
    private Integer minutes;

    private void read() {
        if (returning == null) {
            show(bots.find(botId));
        }
    }

    private void show(Bot bot) {
        returning = bot.getOfflineReturnMinutes().isPresent();
        minutes = bot.getOfflineReturnMinutes().orElse(SUGGESTED_MINUTES);
    }

    public void save() {
        show(bots.changeOfflineChats(botId, Boolean.TRUE.equals(returning) ? minutes : null));
        Texts.info("admin.bot.offline.saved");
    }

    public Boolean getReturning() {
        read();
        return returning;
    }

    public void setReturning(Boolean returning) {
        this.returning = returning;
    }

    public Integer getMinutes() {
        read();
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
