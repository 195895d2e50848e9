package io.livechat.agent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who signs in to Live Chat. The password hash is Jakarta Security's PBKDF2 format; it is
 * absent for people who only sign in through single sign-on.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT a FROM UserAccount a WHERE a.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "SELECT a FROM UserAccount a ORDER BY a.username")
@NamedQuery(name = UserAccount.IDS_OF_ROLE, query = "SELECT a.id FROM UserAccount a WHERE a.role = :role")
@NamedQuery(name = UserAccount.BY_EMAIL, query = "SELECT a FROM UserAccount a WHERE a.email = :email")
public class UserAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String BY_EMAIL = "UserAccount.byEmail";
    public static final String ALL = "UserAccount.all";
    /** The unique key on the username, which compares ignoring case. */
    public static final String USERNAME_KEY = "uk_user_account_username";
    /** The ids of everyone with the role, disabled or not. */
    public static final String IDS_OF_ROLE = "UserAccount.idsOfRole";
    /** How a bot's people are listed wherever colleagues see them: online first, then by name. */
    public static final Comparator<UserAccount> ONLINE_FIRST = Comparator
            .comparing((UserAccount person) -> !person.isOnline())
            .thenComparing(UserAccount::getDisplayName).thenComparing(UserAccount::getUsername);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Presence presence = Presence.OFFLINE;

    @Column(name = "offline_since")
    private Instant offlineSince;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, Role role, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.role = Objects.requireNonNull(role);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** The address to reach the person at; blank means none. */
    public void changeEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    /** An admin's decision, or the identity provider's for a person who signs in through single sign-on. */
    public void changeRole(Role role) {
        this.role = Objects.requireNonNull(role);
    }

    /** Disabled, and offline from this moment on like anyone who stops working (their bots may return their chats). */
    public void disable(Instant at) {
        this.enabled = false;
        goOffline(at);
    }

    public void enable() {
        this.enabled = true;
    }

    public void goOnline() {
        if (!enabled) {
            throw new IllegalStateException("A disabled account cannot go online");
        }
        this.presence = Presence.ONLINE;
        this.offlineSince = null;
    }

    /** Offline from this moment on, unless offline already (then since the moment they went). */
    public void goOffline(Instant at) {
        if (presence != Presence.OFFLINE || offlineSince == null) {
            this.offlineSince = Objects.requireNonNull(at);
        }
        this.presence = Presence.OFFLINE;
    }

    public boolean isOnline() {
        return presence == Presence.ONLINE;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    public Role getRole() {
        return role;
    }

    public Optional<String> getPasswordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Presence getPresence() {
        return presence;
    }

    /** Since when the person is offline; empty while online (or offline since before it was recorded). */
    public Optional<Instant> getOfflineSince() {
        return Optional.ofNullable(offlineSince);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UserAccount account && id != null && id.equals(account.id);
    }

    @Override
    public int hashCode() {
        return UserAccount.class.hashCode();
    }
}
