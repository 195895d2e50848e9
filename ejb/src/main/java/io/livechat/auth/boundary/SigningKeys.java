package io.livechat.auth.boundary;

import io.livechat.auth.entity.SigningKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The RSA key pair this server signs API tokens with: generated on the first start, kept in the
 * database and then reused, so tokens survive restarts and verify on every node of a cluster.
 * Public keys are looked up by key id, so a token signed by a node that generated its own key in a
 * simultaneous first start still verifies everywhere.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final String RSA = "RSA";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();
    private volatile String currentKid;
    private volatile PrivateKey currentKey;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void loadOrGenerate() {
        SigningKey key = em.createNamedQuery(SigningKey.NEWEST, SigningKey.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseGet(this::generate);
        currentKid = key.getKid();
        currentKey = privateKey(key.getPrivateKey());
        publicKeys.put(key.getKid(), publicKey(key.getPublicKey()));
    }

    public String currentKid() {
        return currentKid;
    }

    public PrivateKey currentKey() {
        return currentKey;
    }

    /** The public key with this id, if this server (or a node sharing its database) made it. */
    public Optional<PublicKey> publicKey(String kid) {
        PublicKey known = publicKeys.get(kid);
        if (known != null) {
            return Optional.of(known);
        }
        return Optional.ofNullable(em.find(SigningKey.class, kid))
                .map(key -> publicKeys.computeIfAbsent(kid, id -> publicKey(key.getPublicKey())));
    }

    private SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(RSA);
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            SigningKey key = new SigningKey(UUID.randomUUID().toString(), "RS256", pair.getPublic().getEncoded(),
                    pair.getPrivate().getEncoded(), clock.instant());
            em.persist(key);
            LOG.log(Level.INFO, "Generated the API token signing key {0}", key.getKid());
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }

    private static PrivateKey privateKey(byte[] encoded) {
        try {
            return KeyFactory.getInstance(RSA).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored signing key is not an RSA private key", e);
        }
    }

    private static PublicKey publicKey(byte[] encoded) {
        try {
            return KeyFactory.getInstance(RSA).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored signing key is not an RSA public key", e);
        }
    }
}
