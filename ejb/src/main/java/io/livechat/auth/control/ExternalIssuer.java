package io.livechat.auth.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An identity provider whose tokens the API accepts besides its own, configured the MicroProfile
 * JWT way: {@code mp.jwt.verify.issuer} with {@code mp.jwt.verify.publickey} (the key itself) or
 * {@code mp.jwt.verify.publickey.location} (a file, a classpath resource or an http(s) URL, such as
 * the provider's JWKS). Keys from a location are read again when a token names a key they do not
 * have: the provider rotated its keys ({@link KeySet}).
 */
@ApplicationScoped
public class ExternalIssuer {

    private static final Logger LOG = Logger.getLogger(ExternalIssuer.class.getName());

    /** A provider that does not answer in time keeps its token's caller waiting no longer. */
    private static final int TIMEOUT_MILLIS = 10_000;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    private Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    private Optional<String> publicKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    private Optional<String> publicKeyLocation;

    @Inject
    private Clock clock;

    private KeySet keys;

    @PostConstruct
    void load() {
        if (issuer.isEmpty()) {
            return;
        }
        if (publicKey.isPresent()) {
            keys = KeySet.fixed(PublicKeyReader.read(publicKey.get()));
        } else if (publicKeyLocation.isPresent()) {
            String location = publicKeyLocation.get();
            keys = new KeySet(location, () -> fetch(location), clock);
        } else {
            LOG.log(Level.WARNING, "mp.jwt.verify.issuer {0} is set without a public key: its tokens are refused",
                    issuer.get());
            return;
        }
        LOG.log(Level.INFO, "Accepting API tokens of issuer {0} ({1} keys)", new Object[] {issuer.get(), keys.load()});
    }

    public boolean issued(String tokenIssuer) {
        return issuer.isPresent() && issuer.get().equals(tokenIssuer) && keys != null;
    }

    /** The key for the token's key id ({@link KeySet#key}); an unknown one reads the location again. */
    public Optional<PublicKey> key(Optional<String> kid) {
        return keys.key(kid);
    }

    private static String fetch(String location) {
        try {
            if (location.startsWith("http://") || location.startsWith("https://") || location.startsWith("file:")) {
                URLConnection connection = URI.create(location).toURL().openConnection();
                connection.setConnectTimeout(TIMEOUT_MILLIS);
                connection.setReadTimeout(TIMEOUT_MILLIS);
                try (InputStream in = connection.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream(resource.startsWith("/") ? resource.substring(1) : resource);
            if (in != null) {
                try (in) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read mp.jwt.verify.publickey.location " + location, e);
        }
    }
}
