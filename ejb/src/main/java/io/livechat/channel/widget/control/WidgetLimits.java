package io.livechat.channel.widget.control;

import io.livechat.shared.control.RateLimiter;
import io.livechat.shared.control.RateLimiter.Limit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What anonymous visitors may do how often: new chats per source address and per bot, messages per
 * visitor. The widget is open to anyone on an allowed site, so these are what keeps one script from
 * creating ten thousand contacts or making the bot answer a thousand messages.
 */
@ApplicationScoped
public class WidgetLimits {

    @Inject
    private RateLimiter limiter;

    @Inject
    @ConfigProperty(name = "livechat.limit.widget-sessions", defaultValue = "30/PT1M")
    private String sessionsPerAddress;

    @Inject
    @ConfigProperty(name = "livechat.limit.widget-sessions-per-bot", defaultValue = "600/PT1M")
    private String sessionsPerBot;

    @Inject
    @ConfigProperty(name = "livechat.limit.widget-messages", defaultValue = "30/PT1M")
    private String messagesPerVisitor;

    private Limit perAddress;
    private Limit perBot;
    private Limit perVisitor;

    @PostConstruct
    void parse() {
        perAddress = Limit.parse(sessionsPerAddress);
        perBot = Limit.parse(sessionsPerBot);
        perVisitor = Limit.parse(messagesPerVisitor);
    }

    /** Takes one new chat of the address's and of the bot's budget, or refuses with {@code RateLimitedException}. */
    public void newSession(long botId, String sourceAddress) {
        limiter.take("widget-session:" + sourceAddress, perAddress, "new chats from this address");
        limiter.take("widget-session-bot:" + botId, perBot, "new chats with this bot");
    }

    /** Takes one message of the visitor's budget (the key of {@code Visitor.address()}). */
    public void message(String visitorAddress) {
        limiter.take("widget-message:" + visitorAddress, perVisitor, "messages");
    }
}
