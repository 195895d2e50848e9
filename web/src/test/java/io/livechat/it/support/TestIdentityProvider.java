package io.livechat.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stands in for an external identity provider: before the first test it makes a key pair and
 * writes the public key where the server's {@code mp.jwt.verify.publickey.location} points, so
 * tests can sign tokens the way the provider would.
 */
public class TestIdentityProvider implements LauncherSessionListener {

    /** The {@code iss} the server is configured to trust (arquillian.xml). */
    public static final String ISSUER = "https://idp.test.livechat";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dir = System.getProperty("livechat.test.idp.dir");
        if (dir == null) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path folder = Files.createDirectories(Path.of(dir));
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(folder.resolve("public.pem"), pem);
            Files.write(folder.resolve("private.der"), pair.getPrivate().getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider's signing key, as written for this test run. */
    public static PrivateKey privateKey() {
        try {
            byte[] encoded = Files.readAllBytes(Path.of(System.getProperty("livechat.test.idp.dir"), "private.der"));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
