package io.livechat.it.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Chromium;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Calls through a bot's EnableX project, against a stand-in EnableX ({@link Enablex}): saving the
 * settings checks the App ID and App Key and what the project allows; a call gets a room of its own
 * and a token per side (moderator for the agent, participant for the visitor), with which both
 * browsers join through the (stand-in) SDK; EnableX's refusals are answered cleanly.
 */
class EnablexCallIT extends ClientIT {

    private Enablex enablex;
    private CallDesk desk;
    private String appId;

    @BeforeEach
    void project() throws Exception {
        enablex = Enablex.server();
        enablex.roomFailure = null;
        appId = "app-" + Fixture.unique();
        enablex.projects.put(appId, new Enablex.Project("right-key", true, true));
    }

    @AfterEach
    void hangUp() {
        if (desk != null) {
            desk.close();
        }
    }

    private static JsonObject settings(String appId, String appKey, boolean video) {
        var settings = Json.createObjectBuilder().add("audio", true).add("video", video).add("provider", "ENABLEX")
                .add("projectId", appId);
        if (appKey != null) {
            settings.add("appKey", appKey);
        }
        return settings.build();
    }

    @Test
    void savingChecksTheCredentialsAndWhatTheProjectAllowsAndNeverShowsTheKey() {
        long bot = fixture.bot("EnableX settings");
        String path = "api/v1/bots/" + bot + "/calls";
        ApiResponse wrongKey = fixture.admin().put(path, settings(appId, "wrong-key", true));
        assertEquals(422, wrongKey.status(), wrongKey::toString);
        assertEquals("call-provider-refused", wrongKey.problemType());
        assertTrue(wrongKey.object().getString("detail").contains("does not accept this App ID and App Key"));
        assertEquals("BUILT_IN", fixture.admin().get(path).object().getString("provider"), "nothing was saved");
        assertEquals(422, fixture.admin().put(path, settings(appId, null, true)).status(), "a first save needs the key");

        String voiceOnly = "app-" + Fixture.unique();
        enablex.projects.put(voiceOnly, new Enablex.Project("voice-key", false, true));
        ApiResponse noVideo = fixture.admin().put(path, settings(voiceOnly, "voice-key", true));
        assertEquals(422, noVideo.status(), noVideo::toString);
        assertTrue(noVideo.object().getString("detail").contains("does not allow video calls"), noVideo::toString);
        JsonObject audioOnly = fixture.admin().put(path, settings(voiceOnly, "voice-key", false)).object();
        assertTrue(audioOnly.getBoolean("projectAllowsAudio"));
        assertFalse(audioOnly.getBoolean("projectAllowsVideo"));

        ApiResponse saved = fixture.admin().put(path, settings(appId, "right-key", true));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("ENABLEX", saved.object().getString("provider"));
        assertTrue(saved.object().getBoolean("appKeySet"));
        assertTrue(saved.object().getBoolean("projectAllowsVideo"));
        assertFalse(saved.body().contains("right-key"), "the key is never shown back");
        assertEquals(200, fixture.admin().put(path, settings(appId, null, true)).status(), "a blank key keeps the key set");
        assertFalse(fixture.admin().get(path).body().contains("right-key"));
        assertEquals(403, fixture.as(fixture.person("agent", "AGENT", bot)).put(path, settings(appId, "x", true)).status());
    }

    @Test
    void theAdminPageSavesTheProjectOnlyOnceEnablexAcceptsItAndShowsWhatItAllows() throws Exception {
        long bot = fixture.bot("EnableX page");
        try (Chromium admin = new Chromium("enablex-admin")) {
            admin.signIn(Api.site(base), "admin", Fixture.DEMO_PASSWORD);
            admin.driver.get(Api.site(base) + "console/admin/bot.xhtml?id=" + bot);
            admin.click("#calls\\:audio .ui-chkbox-box");
            admin.click("#calls\\:video .ui-chkbox-box");
            admin.click("#calls\\:provider");
            admin.click("#calls\\:provider_panel li[data-label='EnableX']");
            admin.find("#calls\\:project").sendKeys(appId);
            admin.find("#calls\\:appKey").sendKeys("wrong-key");
            admin.click("#calls\\:save");
            growl(admin, "does not accept this App ID and App Key");
            assertEquals("BUILT_IN", fixture.admin().get("api/v1/bots/" + bot + "/calls").object().getString("provider"));

            admin.find("#calls\\:appKey").clear();
            admin.find("#calls\\:appKey").sendKeys("right-key");
            admin.click("#calls\\:save");
            growl(admin, "Call settings saved");
            admin.waitFor(CallDesk.LIVE, "what the project allows", d -> admin.find("#calls\\:projectAllows").getText()
                    .contains("audio calls, video calls") ? true : null);
            assertTrue(admin.find("#calls\\:appKeyState").getText().contains("An App Key is set"));
            assertEquals("", admin.find("#calls\\:appKey").getDomProperty("value"), "the key is not shown back");
            admin.screenshot("call-settings-enablex");
        }
        assertEquals("ENABLEX", fixture.admin().get("api/v1/bots/" + bot + "/calls").object().getString("provider"));
    }

    private static void growl(Chromium page, String text) {
        page.waitFor(CallDesk.LIVE, "the message '" + text + "'", d -> d.findElements(By.cssSelector(".ui-growl-message"))
                .stream().anyMatch(m -> m.getText().contains(text)) ? true : null);
    }

    @Test
    void aCallGetsARoomAndEachSideItsOwnTokenAndBothJoinThroughTheSdk() throws Exception {
        desk = CallDesk.open(fixture, Api.site(base), Api.loopback(base).toString(), settings(appId, "right-key", true),
                "enablex");
        int roomsBefore = enablex.rooms.size();
        desk.click("videoCall");
        desk.ringer();
        assertEquals(roomsBefore + 1, enablex.rooms.size(), "a room for the call as it starts ringing");
        assertEquals(desk.agent, enablex.rooms.get(enablex.rooms.size() - 1).getString("owner_ref"));
        desk.visitor.part("button.accept-video").click();
        desk.widgetCall("connection", "connected");
        desk.consoleCall("connection", "connected");

        Map<?, ?> visitorJoin = (Map<?, ?>) ((List<?>) desk.visitor.script("return window.enxJoins")).get(0);
        Map<?, ?> agentJoin = (Map<?, ?>) ((List<?>) desk.console.script("return window.enxJoins")).get(0);
        Enablex.TokenRequest visitorToken = token(visitorJoin.get("token"));
        Enablex.TokenRequest agentToken = token(agentJoin.get("token"));
        assertEquals("participant", visitorToken.role());
        assertEquals("moderator", agentToken.role());
        assertEquals(visitorToken.roomId(), agentToken.roomId(), "both in the call's room");
        assertEquals(desk.agent, agentToken.userRef());
        assertEquals(Boolean.TRUE, visitorJoin.get("video"));

        desk.console.click("#livechat-call-mute");
        desk.console.waitFor(CallDesk.LIVE, "the SDK muting the agent", d -> ((List<?>) ((Map<?, ?>) ((List<?>) desk.console
                .script("return window.enxJoins")).get(0)).get("muted")).contains("audio") ? true : null);

        desk.visitor.part(".call button.hangup").click();
        desk.waitUntilConsoleHasNoCall();
        desk.console.waitFor(CallDesk.LIVE, "the agent leaving the room",
                d -> Boolean.TRUE.equals(desk.console.script("return window.enxJoins[0].left")) ? true : null);
        assertEquals(Boolean.TRUE, desk.visitor.script("return window.enxJoins[0].left"));
        assertTrue(desk.consoleNotice("Video call started by").matches(".*: accepted, \\d+:\\d{2}"));
    }

    @Test
    void enablexRefusalsAreAnsweredAndKeepNoCall() throws Exception {
        desk = CallDesk.open(fixture, Api.site(base), Api.loopback(base).toString(), settings(appId, "right-key", true),
                "enablex-errors");
        enablex.roomFailure = "Room quota exceeded";
        ApiResponse failed = desk.agentApi.post("api/v1/conversations/" + desk.conversationId + "/calls",
                Json.createObjectBuilder().add("kind", "VIDEO").build());
        assertEquals(409, failed.status(), failed::toString);
        assertEquals("call-provider-failed", failed.problemType());
        assertTrue(failed.object().getString("detail").contains("Room quota exceeded"));
        desk.click("videoCall");
        growl(desk.console, "Room quota exceeded");

        enablex.roomFailure = null;
        enablex.projects.put(appId, new Enablex.Project("rotated-key", true, true));
        ApiResponse refused = desk.agentApi.post("api/v1/conversations/" + desk.conversationId + "/calls",
                Json.createObjectBuilder().add("kind", "VIDEO").build());
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("call-provider-refused", refused.problemType());

        enablex.projects.put(appId, new Enablex.Project("right-key", true, true));
        assertEquals("RINGING", desk.startByApi("VIDEO", 201).getString("state"), "nothing of the refused calls stayed");
    }

    private Enablex.TokenRequest token(Object token) {
        return enablex.tokens.stream().filter(request -> request.token().equals(token)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + token + " was made: " + enablex.tokens));
    }
}
