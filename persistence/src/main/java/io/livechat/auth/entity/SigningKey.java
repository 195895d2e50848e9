package io.livechat.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A key pair this server signs its API tokens with, kept in the database so that every node of a
 * cluster signs and verifies with the same key. Keys are encoded as X.509 (public) and PKCS#8 (private).
 */
@Entity
@Table(name = "signing_key")
@NamedQuery(name = SigningKey.NEWEST, query = "SELECT k FROM SigningKey k ORDER BY k.createdAt DESC")
public class SigningKey {

    public static final String NEWEST = "SigningKey.newest";

    @Id
    @Column(length = 64)
    private String kid;

    @Column(nullable = false, length = 16)
    private String algorithm;

    @Column(name = "public_key", nullable = false, length = 2048)
    private byte[] publicKey;

    @Column(name = "private_key", nullable = false, length = 4096)
    private byte[] privateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKey() {
    }

    public SigningKey(String kid, String algorithm, byte[] publicKey, byte[] privateKey, Instant createdAt) {
        this.kid = Objects.requireNonNull(kid);
        this.algorithm = Objects.requireNonNull(algorithm);
        this.publicKey = publicKey.clone();
        this.privateKey = privateKey.clone();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String getKid() {
        return kid;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public byte[] getPublicKey() {
        return publicKey.clone();
    }

    public byte[] getPrivateKey() {
        return privateKey.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
