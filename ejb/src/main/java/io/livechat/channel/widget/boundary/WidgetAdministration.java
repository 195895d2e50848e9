package io.livechat.channel.widget.boundary;

import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import io.livechat.channel.widget.control.Secrets;
import io.livechat.channel.widget.entity.WidgetSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Admins choose the web sites that may embed a bot's widget and whether its composer offers
 * dictation, and read the secret that signs user ids.
 */
@Stateless
@RolesAllowed("ADMIN")
public class WidgetAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BotAccess access;

    /** The bot's settings; the first look creates them with a new secret and no allowed origin. */
    public WidgetSettingsView settings(long botId) {
        Bot bot = access.find(botId);
        return view(bot, settingsOf(bot));
    }

    /**
     * Replaces the allowed origins; each is a scheme, host and port such as {@code https://shop.example.com}.
     * One bad origin refuses them all ({@link InvalidOriginException} names it) and keeps the old
     * settings. Unless {@code dictation} is null, it turns the composer's dictation on or off.
     */
    public WidgetSettingsView configure(long botId, List<String> origins, Boolean dictation) {
        Bot bot = access.find(botId);
        List<String> normalized = origins.stream().map(WidgetAdministration::origin).distinct().toList();
        WidgetSettings settings = settingsOf(bot);
        settings.allowOrigins(normalized);
        if (dictation != null) {
            settings.offerDictation(dictation);
        }
        return view(bot, settings);
    }

    private WidgetSettings settingsOf(Bot bot) {
        WidgetSettings settings = em.find(WidgetSettings.class, bot.getId());
        if (settings == null) {
            settings = new WidgetSettings(bot.getId(), Secrets.random());
            em.persist(settings);
        }
        return settings;
    }

    /** The origin as browsers send it in the Origin header: lower case, no path, no default port. */
    static String origin(String text) {
        try {
            URI uri = new URI(text == null ? "" : text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || !bare
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new InvalidOriginException(String.valueOf(text));
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            throw new InvalidOriginException(String.valueOf(text));
        }
    }

    private static WidgetSettingsView view(Bot bot, WidgetSettings settings) {
        return new WidgetSettingsView(bot.getId(), bot.getWidgetKey(), settings.getAllowedOrigins(), settings.getSecret(),
                settings.offersDictation());
    }
}
