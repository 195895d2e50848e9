package io.livechat.agent.boundary;

import io.livechat.agent.control.FirstAdmins;
import io.livechat.agent.entity.UserAccount;
import io.livechat.shared.boundary.ConflictException;
import io.livechat.shared.control.UniqueKeys;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The way into a database without an admin (an external one: the embedded default has the demo
 * admin): on start, when nobody has the ADMIN role, creates the admin that {@value #USERNAME} and
 * {@value #PASSWORD} (or {@value #PASSWORD_FILE}) name, through {@link Accounts#create}, audited.
 * Once anyone is an admin the settings are ignored, so changing them later changes no password.
 * <p>
 * Settings that cannot be used (no password, a weak one, an unreadable file, a username taken by a
 * non-admin) are refused with one SEVERE line naming the setting, and no account is created. The
 * deployment still comes up: a failed deployment hides the reason in a stack trace, takes the health
 * endpoints and single sign-on with it, and on Payara Server or WildFly leaves the operator to
 * redeploy; a running server with one clear line is fixed by correcting the setting and restarting.
 * <p>
 * Two nodes starting at once on one database create one admin: each creates it in a transaction of
 * its own, and the unique key on the username makes the second insert wait for the first and then
 * fail, which this bean recognizes as "another node created it". The nodes of a cluster share their
 * settings; nodes configured with different usernames would each create theirs.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "DemoData"})
public class FirstAdmin {

    public static final String USERNAME = "LIVECHAT_BOOTSTRAP_ADMIN";
    public static final String PASSWORD = "LIVECHAT_BOOTSTRAP_ADMIN_PASSWORD";
    public static final String PASSWORD_FILE = "LIVECHAT_BOOTSTRAP_ADMIN_PASSWORD_FILE";
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    private FirstAdmins admins;

    @Inject
    @ConfigProperty(name = "livechat.bootstrap.admin")
    private Optional<String> username;

    @Inject
    @ConfigProperty(name = "livechat.bootstrap.admin.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "livechat.bootstrap.admin.password.file")
    private Optional<String> passwordFile;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void bootstrap() {
        if (username.isEmpty()) {
            return;
        }
        if (admins.exists()) {
            LOG.log(Level.INFO, "An admin exists, so {0} and its password settings are ignored", USERNAME);
            return;
        }
        String name = username.get().strip();
        try {
            create(name, password(name, password, passwordFile.map(Path::of)));
        } catch (IllegalArgumentException refused) {
            LOG.log(Level.SEVERE, "No first admin was created: {0}", refused.getMessage());
        }
    }

    private void create(String name, String secret) {
        String setting = passwordFile.isPresent() ? PASSWORD_FILE : PASSWORD;
        try {
            Optional<UserAccount> created = admins.createUnlessOneExists(name, secret, setting);
            if (created.isPresent()) {
                LOG.log(Level.INFO, "Created the first admin {0} from {1} and {2}", new Object[] {name, USERNAME, setting});
                return;
            }
        } catch (ConflictException taken) {
            if (!admins.exists()) {
                throw new IllegalArgumentException(USERNAME + " names " + name
                        + ", an account that exists and is not an admin; choose another username", taken);
            }
        } catch (RuntimeException failure) {
            if (!UniqueKeys.violated(failure, UserAccount.USERNAME_KEY)) {
                throw failure;
            }
        }
        LOG.log(Level.INFO, "Another node created the first admin at the same time; {0} is ignored here", USERNAME);
    }

    /**
     * The password the settings give for this username, or {@link IllegalArgumentException} saying
     * which setting cannot be used and why. A file's trailing line breaks are not part of the password.
     */
    static String password(String username, Optional<String> password, Optional<Path> file) {
        if (!UserAdministration.USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(USERNAME + " '" + username + "' is refused: "
                    + UserAdministration.USERNAME_RULE);
        }
        if (password.isPresent() == file.isPresent()) {
            throw new IllegalArgumentException(USERNAME + " is set, so exactly one of " + PASSWORD + " and "
                    + PASSWORD_FILE + " must be set too");
        }
        String setting = file.isPresent() ? PASSWORD_FILE : PASSWORD;
        String secret = file.isPresent() ? read(file.get()) : password.get();
        PasswordRule.weakness(username, secret).ifPresent(weakness -> {
            throw new IllegalArgumentException(setting + " is refused: " + weakness);
        });
        return secret;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replaceAll("[\r\n]+$", "");
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(PASSWORD_FILE + " names " + file + ", which cannot be read: " + e);
        }
    }
}
