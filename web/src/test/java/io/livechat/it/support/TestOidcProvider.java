package io.livechat.it.support;

import java.net.InetAddress;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real OpenID Connect provider for the single sign-on tests (NAV's mock-oauth2-server), started
 * before the first integration test on a free loopback port that arquillian.xml hands the server as
 * {@code livechat.oidc.issuer=http://127.0.0.1:${livechat.test.oidc.port}/livechat}. Its login page
 * asks for a username and the claims to put in the tokens, as a person and their directory would.
 */
public class TestOidcProvider implements LauncherSessionListener {

    public static final String PROPERTY = "livechat.test.oidc.port";
    public static final String ISSUER_ID = "livechat";

    private MockOAuth2Server server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // Only the integration tests (failsafe names the WAR they deploy) talk to a provider.
        if (System.getProperty("livechat.test.war") == null || System.getProperty(PROPERTY) != null) {
            return;
        }
        server = new MockOAuth2Server(new OAuth2Config(true));
        server.start(InetAddress.getLoopbackAddress(), 0);
        System.setProperty(PROPERTY, String.valueOf(server.baseUrl().port()));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.shutdown();
        }
    }
}
