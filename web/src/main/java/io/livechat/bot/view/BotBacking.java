package io.livechat.bot.view;

import io.livechat.agent.boundary.UserAdministration;
import io.livechat.agent.boundary.UserSummary;
import io.livechat.agent.entity.Role;
import io.livechat.bot.boundary.BotAdministration;
import io.livechat.bot.entity.CallProviderType;
import io.livechat.bot.entity.CallSettings;
import io.livechat.call.boundary.CallProjects;
import io.livechat.call.boundary.CallSettingsView;
import io.livechat.bot.entity.NotificationTexts;
import io.livechat.channel.whatsapp.boundary.WhatsappAccounts;
import io.livechat.channel.whatsapp.boundary.WhatsappConnection;
import io.livechat.channel.widget.boundary.InvalidOriginException;
import io.livechat.channel.widget.boundary.WidgetAdministration;
import io.livechat.channel.widget.boundary.WidgetSettingsView;
import io.livechat.console.Refusals;
import io.livechat.console.Texts;
import io.livechat.shared.boundary.BusinessException;
import io.livechat.shared.boundary.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * One bot's page. Each section saves on its own, so a refused entry in one keeps what was typed
 * there and loses nothing saved in another; the bot's own fields carry the version shown.
 */
@Named
@ViewScoped
public class BotBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BotAdministration bots;

    @Inject
    private WidgetAdministration widgets;

    @Inject
    private WhatsappAccounts whatsapp;

    @Inject
    private UserAdministration users;

    @Inject
    private CallProjects callProjects;

    /** From the request that opens the page; a view scoped bean keeps it for the ajax saves. */
    @Inject
    @Param(name = "id")
    private Long botId;

    private final BotForm form = new BotForm();
    private WidgetSettingsView widget;
    private WhatsappConnection connection;
    private CallSettingsView callSettings;
    private List<UserSummary> members;
    private List<UserSummary> candidates;

    /**
     * The view action: reads everything the page shows; an unknown bot (or none) shows the
     * not-found page (a view action's exception reaches the error pages, a constructor's does not).
     */
    public void load() {
        if (botId == null) {
            throw new NotFoundException("Bot", "(no id)");
        }
        form.show(bots.find(botId));
        widget = widgets.settings(botId);
        form.setOrigins(String.join("\n", widget.allowedOrigins()));
        form.setDictation(widget.dictation());
        connection = whatsapp.status(botId);
        callSettings = callProjects.settings(botId);
        form.setPhoneNumberId(connection.phoneNumberId());
        loadMembers();
    }

    public void saveName() {
        edit(null, "admin.bot.name.saved", () -> form.show(bots.rename(botId, form.getVersion(), form.getName())));
    }

    public void saveTexts() {
        edit(null, "admin.bot.texts.saved", () -> form.show(bots.changeTexts(botId, form.getVersion(),
                new NotificationTexts(form.getTransferred(), form.getResolved(), form.getAgentsAway(),
                        form.getQueued(), form.getBackInQueue(), form.getHandedOn()))));
    }

    /** Saves the call settings; for EnableX only once EnableX accepted the project (a refusal shows why). */
    public void saveCalls() {
        edit(null, "admin.bot.calls.saved", () -> {
            callSettings = callProjects.configure(botId, form.getVersion(), new CallSettings(form.isAudioCalls(),
                    form.isVideoCalls(), form.getCallProvider(), form.getCallProjectId()), form.getCallAppKey());
            form.setCallAppKey(null);
            form.show(bots.find(botId));
        });
    }

    public void saveOrigins() {
        List<String> origins = Arrays.stream(form.getOrigins() == null ? new String[0] : form.getOrigins().split("\\R"))
                .map(String::strip).filter(origin -> !origin.isEmpty()).toList();
        try {
            widget = widgets.configure(botId, origins, form.isDictation());
            form.setOrigins(String.join("\n", widget.allowedOrigins()));
            form.setDictation(widget.dictation());
            Texts.info("admin.bot.origins.saved");
        } catch (InvalidOriginException e) {
            Refusals.show("widget:origins", "admin.bot.origins.invalid", e.origin());
        }
    }

    public void saveWhatsapp() {
        edit("whatsapp:number", "admin.bot.whatsapp.saved", () -> {
            connection = whatsapp.connect(botId, form.getPhoneNumberId(), form.getAccessToken());
            form.setAccessToken(null);
            form.adoptVersion(bots.find(botId));
        });
    }

    public void addMember() {
        edit("members:candidate", "admin.bot.members.added", () -> bots.addMember(botId, form.getCandidate()));
        form.setCandidate(null);
        loadMembers();
    }

    public void removeMember(String username) {
        bots.removeMember(botId, username);
        Texts.info("admin.bot.members.removed", username);
        loadMembers();
    }

    /** Runs one save; a refusal shows next to the field (or for the page) and keeps what was typed. */
    private void edit(String clientId, String savedKey, Runnable change) {
        try {
            change.run();
            Texts.info(savedKey);
        } catch (BusinessException e) {
            Refusals.show(e.type().equals(BotAdministration.STALE) ? null : clientId, e);
        } catch (EJBException e) {
            if (!Refusals.shown(clientId, e)) {
                throw e;
            }
        }
    }

    private void loadMembers() {
        form.adoptVersion(bots.find(botId));
        members = bots.members(botId);
        Set<Long> memberIds = members.stream().map(UserSummary::id).collect(Collectors.toSet());
        candidates = users.all().stream()
                .filter(person -> person.enabled() && person.role() != Role.ADMIN && !memberIds.contains(person.id()))
                .toList();
    }

    /** The snippet a web site pastes to show this bot's widget, with the address this page was served from. */
    public String getEmbedSnippet() {
        return "<script async src=\"" + Faces.getRequestBaseURL() + "widget/loader.js?key=" + widget.widgetKey()
                + "\"></script>";
    }

    public BotForm getForm() {
        return form;
    }

    public String getWidgetKey() {
        return widget.widgetKey();
    }

    public String getWidgetSecret() {
        return widget.secret();
    }

    /** Whether an access token is set: all the page ever tells about the token. */
    public boolean isAccessTokenSet() {
        return connection.accessTokenSet();
    }

    /** The call settings as saved, with what the EnableX project allowed when last checked (never the key). */
    public CallSettingsView getCallSettings() {
        return callSettings;
    }

    public CallProviderType[] getCallProviders() {
        return CallProviderType.values();
    }

    public List<UserSummary> getMembers() {
        return members;
    }

    public List<UserSummary> getCandidates() {
        return candidates;
    }
}
