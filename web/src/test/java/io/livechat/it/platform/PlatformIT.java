package io.livechat.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import org.junit.jupiter.api.Test;

/** The deployed application is ready, described and answers with problem documents. */
class PlatformIT extends ClientIT {

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
