package io.livechat.bot.view;

import io.livechat.bot.boundary.BotAdministration;
import io.livechat.bot.boundary.BotOverview;
import io.livechat.bot.entity.Bot;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** The bots page: every bot, and a form to create one; a new bot opens on its own page to be set up. */
@Named
@ViewScoped
public class BotsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BotAdministration administration;

    private List<BotOverview> bots;

    private String name;

    @PostConstruct
    void load() {
        bots = administration.all();
    }

    public String create() {
        Bot bot = administration.create(name);
        return "/console/admin/bot?faces-redirect=true&id=" + bot.getId();
    }

    public List<BotOverview> getBots() {
        return bots;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
