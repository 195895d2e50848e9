package io.livechat.it.support;

import java.net.URL;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test that calls the deployed application over HTTP, as its clients do: the real WAR on Payara
 * Micro against MariaDB, the server shared by every such test of the run ({@link SharedServer}), and a
 * {@link Fixture} to set up bots and people through the API.
 */
public abstract class ClientIT {

    /** The application's root URL. */
    protected URL base;

    protected Fixture fixture;

    @BeforeEach
    void connect() {
        base = SharedServer.base();
        fixture = Fixture.at(base);
    }
}
