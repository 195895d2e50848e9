package io.livechat.auth.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An identity provider whose tokens the API accepts besides its own, configured the MicroProfile
 * JWT way: {@code mp.jwt.verify.issuer} with {@code mp.jwt.verify.publickey} (the key itself) or
 * {@code mp.jwt.verify.publickey.location} (a file, a classpath resource or an http(s) URL).
 */
@ApplicationScoped
public class ExternalIssuer {

    private static final Logger LOG = Logger.getLogger(ExternalIssuer.class.getName());

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    private Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    private Optional<String> publicKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    private Optional<String> publicKeyLocation;

    private Map<String, PublicKey> keys = Map.of();

    @PostConstruct
    void load() {
        if (issuer.isEmpty()) {
            return;
        }
        Optional<String> text = publicKey.or(() -> publicKeyLocation.map(ExternalIssuer::fetch));
        if (text.isEmpty()) {
            LOG.log(Level.WARNING, "mp.jwt.verify.issuer {0} is set without a public key: its tokens are refused",
                    issuer.get());
            return;
        }
        keys = PublicKeyReader.read(text.get());
        LOG.log(Level.INFO, "Accepting API tokens of issuer {0} ({1} keys)", new Object[] {issuer.get(), keys.size()});
    }

    public boolean issued(String tokenIssuer) {
        return issuer.isPresent() && issuer.get().equals(tokenIssuer) && !keys.isEmpty();
    }

    /** The key for the token's key id; a single key without an id serves every token. */
    public Optional<PublicKey> key(Optional<String> kid) {
        if (keys.size() == 1 && (kid.isEmpty() || keys.containsKey("") || keys.containsKey(kid.get()))) {
            return Optional.of(keys.values().iterator().next());
        }
        return kid.map(keys::get);
    }

    private static String fetch(String location) {
        try {
            if (location.startsWith("http://") || location.startsWith("https://") || location.startsWith("file:")) {
                try (InputStream in = URI.create(location).toURL().openStream()) {
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
