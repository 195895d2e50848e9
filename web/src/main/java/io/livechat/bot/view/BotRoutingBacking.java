package io.livechat.bot.view;

import io.livechat.console.Texts;
import io.livechat.handover.boundary.AgentLoad;
import io.livechat.handover.boundary.Routing;
import io.livechat.handover.boundary.RoutingView;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;

/**
 * The Routing section of a bot's page (console/admin/bot.xhtml): the most open chats each agent may
 * hold (empty: no limit), each member's own limit overriding it, and whether the bot assigns new
 * handovers by itself.
 */
@Named
@ViewScoped
public class BotRoutingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Routing routing;

    @Inject
    @Param(name = "id")
    private Long botId;

    private Integer maxChats;
    private boolean autoAssign;
    private List<Member> members;
    private final HashMap<String, Integer> own = new HashMap<>();

    private void read() {
        if (members == null) {
            show(routing.of(botId));
        }
    }

    private void show(RoutingView view) {
        maxChats = view.maxChatsPerAgent();
        autoAssign = view.autoAssign();
        members = view.agents().stream().map(Member::of).toList();
        own.clear();
        view.agents().forEach(agent -> own.put(agent.username(), agent.ownMaxChats()));
    }

    public void save() {
        show(routing.change(botId, maxChats, autoAssign));
        Texts.info("admin.bot.routing.saved");
    }

    /** Saves the own limits that were changed, one member at a time. */
    public void saveAgents() {
        RoutingView view = null;
        for (Member member : members) {
            Integer wanted = own.get(member.username());
            if (!Objects.equals(wanted, member.ownMaxChats())) {
                view = routing.changeAgent(botId, member.username(), wanted);
                Texts.info("admin.bot.routing.agentSaved", member.displayName());
            }
        }
        show(view == null ? routing.of(botId) : view);
    }

    public Integer getMaxChats() {
        read();
        return maxChats;
    }

    public void setMaxChats(Integer maxChats) {
        this.maxChats = maxChats;
    }

    public boolean isAutoAssign() {
        read();
        return autoAssign;
    }

    public void setAutoAssign(boolean autoAssign) {
        this.autoAssign = autoAssign;
    }

    public List<Member> getMembers() {
        read();
        return members;
    }

    /** Each member's own limit by username, as the form edits it. */
    public Map<String, Integer> getOwn() {
        read();
        return own;
    }

    /** A member as the section lists them, as read. */
    public record Member(String username, String displayName, boolean online, long openChats, Integer ownMaxChats)
            implements Serializable {

        static Member of(AgentLoad load) {
            return new Member(load.username(), load.displayName(), load.online(), load.openChats(), load.ownMaxChats());
        }
    }
}
