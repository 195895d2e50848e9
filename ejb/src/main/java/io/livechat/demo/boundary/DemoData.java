package io.livechat.demo.boundary;

import io.livechat.agent.boundary.Accounts;
import io.livechat.agent.entity.Role;
import io.livechat.agent.entity.UserAccount;
import io.livechat.audit.entity.AuditEvent;
import io.livechat.bot.entity.Bot;
import io.livechat.contact.entity.Contact;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.Conversation;
import io.livechat.conversation.entity.Message;
import io.livechat.handover.entity.Handover;
import io.livechat.handover.entity.HandoverAction;
import io.livechat.handover.entity.HandoverState;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds a fresh database with demo bots, people and conversations, so the first screen of the
 * embedded default is not empty. Only when {@code livechat.demo.data} is true (the launcher sets it
 * for the embedded database, never for an external one) and only into a database without users.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

    /** The password of every demo user; the README lists them. */
    public static final String PASSWORD = "livechat-demo";
    public static final String FIRST_BOT_WHATSAPP_NUMBER = "106540352242922";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "livechat.demo.data", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void seed() {
        if (!enabled || !em.createNamedQuery(UserAccount.ALL, UserAccount.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        UserAccount admin = accounts.create("admin", "Ada Admin", Role.ADMIN, PASSWORD);
        UserAccount manager = accounts.create("manager", "Max Manager", Role.MANAGER, PASSWORD);
        UserAccount alice = accounts.create("alice", "Alice Agent", Role.AGENT, PASSWORD);
        UserAccount bob = accounts.create("bob", "Bob Agent", Role.AGENT, PASSWORD);
        UserAccount carol = accounts.create("carol", "Carol Agent", Role.AGENT, PASSWORD);

        Bot support = new Bot("Acme Support", "demo-acme-support", now);
        support.connectWhatsapp(FIRST_BOT_WHATSAPP_NUMBER);
        support.addMember(manager);
        support.addMember(alice);
        support.addMember(bob);
        em.persist(support);
        // The README names Acme Support bot 1 and Globex Sales bot 2: inserted one after the other
        // into a fresh database, they get those ids whatever order the commit would choose.
        em.flush();
        Bot sales = new Bot("Globex Sales", "demo-globex-sales", now);
        sales.addMember(manager);
        sales.addMember(carol);
        em.persist(sales);
        em.flush();

        Conversation refund = conversation(support, Channel.WEB, "visitor-7f3a", "Maria Garcia", now.minus(Duration.ofMinutes(12)),
                "Hi! I was charged twice for order 1042.",
                "I'm sorry to hear that. Can you tell me the order number?",
                "It's 1042, and I need a refund for the second charge.",
                "Refunds need a person to check the payment. Let me find an agent for you.");
        Handover pending = new Handover(refund, "refund-request", "Refund needs a human", now.minus(Duration.ofMinutes(11)));
        em.persist(pending);
        em.flush();
        em.persist(new AuditEvent(pending.getId(), support.getId(), "bot:" + support.getId(), HandoverAction.REQUESTED,
                null, HandoverState.PENDING, pending.getRequestedAt(), "demo data"));

        conversation(support, Channel.WHATSAPP, "31612345678", "Jan de Vries", now.minus(Duration.ofMinutes(40)),
                "What are your opening hours?", "We are open Monday to Friday, 9:00 to 17:30.");
        conversation(sales, Channel.WEB, "visitor-c21d", "Lee Chen", now.minus(Duration.ofMinutes(5)),
                "Do you offer volume discounts?", "Yes: 10% from 50 seats. Would you like a quote?");
        LOG.log(Level.INFO, "Seeded demo data: users {0}, {1}, {2}, {3}, {4}", new Object[] {admin.getUsername(),
                manager.getUsername(), alice.getUsername(), bob.getUsername(), carol.getUsername()});
    }

    /** A conversation whose lines alternate user, bot, user, ... 20 seconds apart, with ids in that order. */
    private Conversation conversation(Bot bot, Channel channel, String externalId, String name, Instant start,
                                      String... lines) {
        Contact contact = new Contact(bot, channel, externalId, start);
        contact.learnName(name);
        if (channel == Channel.WHATSAPP) {
            contact.learnPhone("+" + externalId);
        }
        em.persist(contact);
        Conversation conversation = new Conversation(bot, contact, start);
        em.persist(conversation);
        for (int i = 0; i < lines.length; i++) {
            Instant at = start.plus(Duration.ofSeconds(20L * i));
            em.persist(i % 2 == 0 ? Message.fromUser(conversation, lines[i], null, at)
                    : Message.fromBotDelivered(conversation, lines[i], at));
            // The transcript is read in id order, and EclipseLink inserts what waits for the commit in
            // an order of its own: each line is inserted before the next is persisted.
            em.flush();
        }
        return conversation;
    }
}
