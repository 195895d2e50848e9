package io.livechat.call.boundary;

import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.boundary.BotAdministration;
import io.livechat.bot.entity.Bot;
import io.livechat.bot.entity.CallProviderType;
import io.livechat.bot.entity.CallSettings;
import io.livechat.call.control.EnablexApi;
import io.livechat.call.control.EnablexConfig;
import io.livechat.call.entity.CallKind;
import io.livechat.call.entity.EnablexProject;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Admins choose which calls a bot's agents may make and the provider that carries them. Saving the
 * EnableX provider checks the project with EnableX first: the App ID and App Key must be accepted and
 * the project must allow every kind enabled; otherwise nothing is saved
 * ({@link ProviderRefusedException}). The App Key is write-only: a blank one keeps the key set.
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@RolesAllowed("ADMIN")
public class CallProjects {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAdministration administration;

    @Inject
    private BotAccess access;

    @Inject
    private EnablexApi enablex;

    @Inject
    private EnablexConfig enablexConfig;

    @Inject
    private Clock clock;

    /** Saves the settings, edited at the bot's version; for EnableX after checking the project. */
    public CallSettingsView configure(long botId, long version, CallSettings settings, String appKey) {
        if (settings.provider() == CallProviderType.ENABLEX) {
            checkEnablex(botId, settings, appKey);
        }
        return view(administration.changeCalls(botId, version, settings));
    }

    private void checkEnablex(long botId, CallSettings settings, String appKey) {
        if (enablexConfig.sdkUrl().isEmpty()) {
            throw new ProviderRefusedException("EnableX calls need the address of EnableX's browser SDK"
                    + " (livechat.enablex.sdk.url) in this server's configuration");
        }
        if (settings.projectId() == null || settings.projectId().isBlank()) {
            throw new ProviderRefusedException("EnableX needs the project's App ID");
        }
        EnablexProject project = em.find(EnablexProject.class, botId);
        boolean newKey = appKey != null && !appKey.isBlank();
        if (project == null && !newKey) {
            throw new ProviderRefusedException("EnableX needs the project's App Key");
        }
        String key = newKey ? appKey.strip() : project.getAppKey();
        EnablexApi.Allowances allowed = enablex.allowances(settings.projectId().strip(), key);
        for (CallKind kind : CallKind.values()) {
            if (settings.enables(kind) && !(kind == CallKind.VIDEO ? allowed.video() : allowed.audio())) {
                throw new ProviderRefusedException("The EnableX project does not allow "
                        + kind.name().toLowerCase() + " calls");
            }
        }
        if (project == null) {
            project = new EnablexProject(botId, key);
            em.persist(project);
        } else {
            project.changeKey(key);
        }
        project.checked(allowed.audio(), allowed.video(), clock.instant());
    }

    /** The bot's call settings, for an admin. */
    public CallSettingsView settings(long botId) {
        return view(access.find(botId));
    }

    private CallSettingsView view(Bot bot) {
        CallSettings calls = bot.getCalls();
        EnablexProject project = em.find(EnablexProject.class, bot.getId());
        return new CallSettingsView(bot.getId(), calls.audioEnabled(), calls.videoEnabled(), calls.provider(),
                calls.projectId(), project != null, project == null ? null : project.isAllowsAudio(),
                project == null ? null : project.isAllowsVideo(), project == null ? null : project.getCheckedAt());
    }
}
