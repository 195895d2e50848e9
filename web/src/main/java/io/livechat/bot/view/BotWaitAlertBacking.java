package io.livechat.bot.view;

import io.livechat.bot.boundary.BotAdministration;
import io.livechat.console.Texts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;

/**
 * The Wait alert section of a bot's page (console/admin/bot.xhtml): after how many minutes of waiting
 * a handover turns red in the managers' live view.
 */
@Named
@ViewScoped
public class BotWaitAlertBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BotAdministration bots;

    @Inject
    @Param(name = "id")
    private Long botId;

    private Integer minutes;

    public void save() {
        minutes = bots.changeWaitAlert(botId, minutes).getWaitAlertMinutes();
        Texts.info("admin.bot.waitAlert.saved", minutes);
    }

    public Integer getMinutes() {
        if (minutes == null) {
            minutes = bots.find(botId).getWaitAlertMinutes();
        }
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
