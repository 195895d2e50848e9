package io.livechat.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed application is ready, described and answers with problem documents. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void isReadyOnceTheSchemaIsMigratedAndTheDatabaseAnswers() {
        ApiResponse ready = Api.at(base).get("health/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertTrue(ready.body().contains("\"database\""), ready::toString);
        assertEquals("UP", ready.object().getString("status"));
    }

    @Test
    void describesTheApiWithOpenApi() {
        ApiResponse openapi = Api.at(base).get("openapi");
        assertEquals(200, openapi.status(), openapi::toString);
        assertTrue(openapi.body().contains("/api/v1/handovers/{id}/assignment"), openapi::toString);
    }

    @Test
    void answersAnUnknownApiPathWithAProblemDocument() {
        ApiResponse missing = Api.at(base).get("api/v1/no-such-thing");
        // No token: the API refuses before it looks for the path.
        assertEquals(401, missing.status(), missing::toString);
        assertEquals("application/problem+json", missing.contentType());
    }
}
