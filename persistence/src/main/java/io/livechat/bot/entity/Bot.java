package io.livechat.bot.entity;

import io.livechat.agent.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A bot that end users talk to on the web widget or WhatsApp, and whose conversations its members
 * (agents and managers) take over. The widget key is public: it identifies the bot on a web page.
 */
@Entity
@Table(name = "bot")
@NamedQuery(name = Bot.ALL, query = "SELECT b FROM Bot b ORDER BY b.name")
@NamedQuery(name = Bot.OF_MEMBER,
        query = "SELECT b FROM Bot b JOIN b.members m WHERE m.id = :accountId ORDER BY b.name")
@NamedQuery(name = Bot.BY_WHATSAPP_NUMBER,
        query = "SELECT b FROM Bot b WHERE b.whatsappPhoneNumberId = :phoneNumberId")
@NamedQuery(name = Bot.AUDIENCE, query = "SELECT a.username FROM UserAccount a, Bot b WHERE b.id = :botId"
        + " AND a.enabled = TRUE AND (a.role = io.livechat.agent.entity.Role.ADMIN OR a MEMBER OF b.members)")
public class Bot implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Bot.all";
    public static final String OF_MEMBER = "Bot.ofMember";
    public static final String BY_WHATSAPP_NUMBER = "Bot.byWhatsappNumber";
    /** The usernames of the enabled people who may see the bot: every admin and its members. */
    public static final String AUDIENCE = "Bot.audience";
    /** The wait alert of a new bot, and its bounds: a minute to a day. */
    public static final int DEFAULT_WAIT_ALERT_MINUTES = 5;
    public static final int MIN_WAIT_ALERT_MINUTES = 1;
    public static final int MAX_WAIT_ALERT_MINUTES = 1440;
    /** The highest limit of open chats per agent that can be set. */
    public static final int MAX_CHATS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "widget_key", nullable = false, unique = true, length = 64)
    private String widgetKey;

    @Column(name = "whatsapp_phone_number_id", length = 64)
    private String whatsappPhoneNumberId;

    @Embedded
    private NotificationTexts texts;

    @Embedded
    private CallSettings calls;

    /** Minutes after which an offline agent's chats go back to the queue; null keeps them with the agent. */
    @Column(name = "offline_return_minutes")
    private Integer offlineReturnMinutes;

    /** After how many minutes of waiting a pending handover shows as an alert in the managers' live view. */
    @Column(name = "wait_alert_minutes", nullable = false)
    private int waitAlertMinutes = DEFAULT_WAIT_ALERT_MINUTES;

    /** The most open chats each agent may hold at once, unless their membership says otherwise; null: no limit. */
    @Column(name = "max_chats_per_agent")
    private Integer maxChatsPerAgent;

    /** Whether each new handover is given to the online member with the fewest open chats. */
    @Column(name = "auto_assign", nullable = false)
    private boolean autoAssign;

    @ManyToMany
    @JoinTable(name = "bot_member",
            joinColumns = @JoinColumn(name = "bot_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<UserAccount> members = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Bot() {
    }

    public Bot(String name, String widgetKey, Instant createdAt) {
        this.name = Objects.requireNonNull(name);
        this.widgetKey = Objects.requireNonNull(widgetKey);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.texts = NotificationTexts.defaults();
        this.calls = CallSettings.disabled();
    }

    public void rename(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public void changeTexts(NotificationTexts texts) {
        this.texts = Objects.requireNonNull(texts);
    }

    public void changeCalls(CallSettings calls) {
        this.calls = Objects.requireNonNull(calls);
    }

    /** Chats of an agent who goes offline stay theirs. */
    public void keepChatsOfOfflineAgents() {
        this.offlineReturnMinutes = null;
    }

    /** Chats of an agent who has been offline this many minutes (1 to a day) go back to the queue. */
    public void returnChatsOfOfflineAgentsAfter(int minutes) {
        if (minutes < 1 || minutes > 1440) {
            throw new IllegalArgumentException("Between 1 and 1440 minutes, not " + minutes);
        }
        this.offlineReturnMinutes = minutes;
    }

    /** A handover waiting this many minutes (1 to a day) or longer is an alert for the bot's managers. */
    public void alertWaitsAfter(int minutes) {
        if (minutes < MIN_WAIT_ALERT_MINUTES || minutes > MAX_WAIT_ALERT_MINUTES) {
            throw new IllegalArgumentException("Between 1 and 1440 minutes, not " + minutes);
        }
        this.waitAlertMinutes = minutes;
    }

    /** The most open chats an agent may hold (1 to 1000; null for no limit), and whether the bot assigns by itself. */
    public void changeRouting(Integer maxChatsPerAgent, boolean autoAssign) {
        if (maxChatsPerAgent != null && (maxChatsPerAgent < 1 || maxChatsPerAgent > MAX_CHATS)) {
            throw new IllegalArgumentException("Between 1 and " + MAX_CHATS + " chats, not " + maxChatsPerAgent);
        }
        this.maxChatsPerAgent = maxChatsPerAgent;
        this.autoAssign = autoAssign;
    }

    public void addMember(UserAccount account) {
        members.add(account);
    }

    public void removeMember(UserAccount account) {
        members.remove(account);
    }

    public boolean hasMember(UserAccount account) {
        return members.contains(account);
    }

    public void connectWhatsapp(String phoneNumberId) {
        this.whatsappPhoneNumberId = phoneNumberId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getWidgetKey() {
        return widgetKey;
    }

    public String getWhatsappPhoneNumberId() {
        return whatsappPhoneNumberId;
    }

    public NotificationTexts getTexts() {
        return texts;
    }

    public CallSettings getCalls() {
        return calls;
    }

    /** After how many minutes offline an agent's chats return to the queue; empty when they keep them. */
    public Optional<Integer> getOfflineReturnMinutes() {
        return Optional.ofNullable(offlineReturnMinutes);
    }

    /** After how many minutes of waiting a pending handover is an alert in the live view. */
    public int getWaitAlertMinutes() {
        return waitAlertMinutes;
    }

    /** The most open chats each agent may hold by default; empty: no limit. */
    public Optional<Integer> getMaxChatsPerAgent() {
        return Optional.ofNullable(maxChatsPerAgent);
    }

    public boolean isAutoAssign() {
        return autoAssign;
    }

    public Set<UserAccount> getMembers() {
        return Collections.unmodifiableSet(members);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The optimistic-lock version: an edit form carries it so that a change made meanwhile is not overwritten. */
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Bot bot && id != null && id.equals(bot.id);
    }

    @Override
    public int hashCode() {
        return Bot.class.hashCode();
    }
}
