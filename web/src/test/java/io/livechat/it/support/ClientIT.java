package io.livechat.it.support;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that calls the deployed application over HTTP, as its clients do: the real WAR on Payara
 * Micro against MariaDB, and a {@link Fixture} to set up bots and people through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ClientIT {

    @ArquillianResource
    protected URL base;

    protected Fixture fixture;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void connect() {
        fixture = Fixture.at(base);
    }
}
