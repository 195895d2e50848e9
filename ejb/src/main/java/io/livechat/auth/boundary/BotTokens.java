package io.livechat.auth.boundary;

import io.livechat.auth.entity.BotToken;
import io.livechat.bot.boundary.BotAccess;
import io.livechat.bot.entity.Bot;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Long-lived tokens with which external bot engines act for one bot (to hand conversations over).
 * The token is shown once, when created; only its SHA-256 is stored.
 */
@Stateless
@DeclareRoles({"ADMIN", "MANAGER", "AGENT", "BOT"})
@PermitAll
public class BotTokens {

    /** Marks a bot token, so it is told apart from a JWT at a glance (and by the authentication mechanism). */
    public static final String PREFIX = "lcb_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private BotAccess access;

    @Inject
    private Clock clock;

    @RolesAllowed("ADMIN")
    public String create(long botId, String label) {
        Bot bot = access.find(botId);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new BotToken(bot, sha256(token), label, session.getCallerPrincipal().getName(), clock.instant()));
        return token;
    }

    /** The id of the bot whose valid token this is. */
    public Optional<Long> botOf(String token) {
        return em.createNamedQuery(BotToken.BY_HASH, BotToken.class)
                .setParameter("hash", sha256(token))
                .getResultStream()
                .findFirst()
                .map(found -> found.getBot().getId());
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
