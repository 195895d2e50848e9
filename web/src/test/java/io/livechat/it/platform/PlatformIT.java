package io.livechat.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
    void theDemoBotsHaveTheIdsTheReadmeNames() {
        ApiResponse bots = fixture.admin().get("api/v1/agents/me/bots");
        assertEquals(200, bots.status(), bots::toString);
        Map<Long, String> names = bots.array().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(bot -> bot.getJsonNumber("id").longValue(), bot -> bot.getString("name")));
        assertEquals("Acme Support", names.get(1L), names::toString);
        assertEquals("Globex Sales", names.get(2L), names::toString);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndTheSessionCookieIsSameSite() {
        for (String path : List.of("login.xhtml", "api/v1/agents/me", "widget/loader.js")) {
            ApiResponse answer = Api.at(base).get(path);
            String csp = answer.header("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), path + ": " + csp);
            assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(null), path);
        }
        List<String> cookies = Api.at(base).get("login.xhtml").raw().headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(cookie -> cookie.startsWith("JSESSIONID=")), cookies::toString);
        cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).forEach(cookie -> {
            assertTrue(cookie.contains("HttpOnly"), cookie);
            assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
        });
    }

    @Test
    void answersAnUnknownApiPathWithAProblemDocument() {
        ApiResponse missing = Api.at(base).get("api/v1/no-such-thing");
        // No token: the API refuses before it looks for the path.
        assertEquals(401, missing.status(), missing::toString);
        assertEquals("application/problem+json", missing.contentType());
    }
}
