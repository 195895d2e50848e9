package io.livechat.it.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.Race;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Calls as an agent and a visitor make them, in two headless Chromium with fake camera and microphone:
 * the agent rings from the Live Chat page, the widget rings, and the two browsers talk peer to peer
 * (the built-in provider); declined, missed and cancelled calls; and the refusals.
 */
class CallIT extends ClientIT {

    private CallDesk desk;

    @AfterEach
    void hangUp() {
        if (desk != null) {
            desk.close();
        }
    }

    private CallDesk open(boolean audio, boolean video, String name) throws IOException {
        desk = CallDesk.open(fixture, Api.site(base), Api.loopback(base).toString(), audio, video, name);
        return desk;
    }

    @Test
    void aVideoCallRingsTheWidgetConnectsBothBrowsersAndEndsOnBothSidesWithItsDuration() throws Exception {
        open(true, true, "video");
        desk.click("videoCall");
        desk.consoleCall("state", "RINGING");
        String ringing = desk.ringer().getText();
        assertTrue(ringing.contains("Agent " + desk.agent + " is calling you (video call)"), ringing);
        assertTrue(desk.visitor.part("button.launcher").getAttribute("class").contains("ringing"), "the bubble rings");
        desk.visitor.screenshot("call-ringing-widget");

        desk.visitor.part("button.accept-video").click();
        desk.consoleCall("state", "ACTIVE");
        desk.consoleCall("connection", "connected");
        desk.consoleCall("tracks", "audio video");
        desk.widgetCall("connection", "connected");
        desk.widgetCall("tracks", "audio video");
        assertEquals(Boolean.TRUE, desk.console.script("var v = document.getElementById('livechat-call-remote');"
                + " return v.srcObject.getTracks().every(function (t) { return t.readyState === 'live'; })"));
        assertFalse(desk.consoleShows("videoCall"), "no second call while one is going on");

        desk.visitor.screenshot("call-in-progress-widget");
        desk.console.screenshot("call-in-progress-console");

        // The chat goes on during the call.
        desk.visitor.write("Can you see me?");
        desk.visitor.waitForMessage("USER", "Can you see me?");
        desk.console.waitFor(CallDesk.LIVE, "the visitor's line on the console", d -> d.findElements(
                By.cssSelector("#lc\\:transcript .livechat-msg-text")).stream().anyMatch(m -> m.getText().equals("Can you see me?")));

        // Mute and camera off act on the widget's own tracks.
        desk.visitor.part(".call button.mute").click();
        desk.visitor.part(".call button.camera").click();
        assertEquals("true", desk.visitor.part(".call button.mute").getAttribute("aria-pressed"));
        desk.console.click("#livechat-call-mute");
        assertEquals("true", desk.console.find("#livechat-call-mute").getAttribute("aria-pressed"));
        Thread.sleep(1100); // a call of a second or more, so that its duration shows

        desk.click("callEnd");
        desk.waitUntilConsoleHasNoCall();
        desk.visitor.waitFor(CallDesk.LIVE, "the widget's call gone", d -> desk.visitor.part(".call").isDisplayed() ? null : true);
        String line = desk.consoleNotice("Video call started by Agent " + desk.agent);
        assertTrue(line.matches(".*: accepted, 0:0[1-9]"), line);
        assertEquals(line, desk.widgetNotice("Video call started by"));
        assertTrue(desk.consoleShows("videoCall"), "the agent may call again");
        assertEquals(List.of("CALL_STARTED", "CALL_ACCEPTED", "CALL_ENDED"), callActions());
    }

    @Test
    void anAgentWithoutMicrophoneIsToldSoAndStillSeesAndHearsTheVisitor() throws Exception {
        desk = CallDesk.withoutAgentMedia(fixture, Api.site(base), Api.loopback(base).toString(), "no-media");
        desk.click("videoCall");
        desk.ringer();
        desk.visitor.part("button.accept-video").click();
        desk.consoleCall("connection", "connected");
        desk.consoleCall("tracks", "audio video");
        assertTrue(desk.console.find("#livechat-call-problem").getText().contains("the user cannot hear you"));
        desk.widgetCall("connection", "connected");
        desk.widgetCall("tracks", "");
        desk.click("callEnd");
        desk.waitUntilConsoleHasNoCall();
    }

    @Test
    void theVisitorDeclines() throws Exception {
        open(true, true, "decline");
        desk.click("audioCall");
        assertTrue(desk.ringer().getText().contains("(audio call)"));
        assertFalse(desk.visitor.part("button.accept-video").isDisplayed(), "an audio call offers no video");
        desk.visitor.part("button.decline").click();
        desk.waitUntilConsoleHasNoCall();
        assertEquals("Audio call started by Agent " + desk.agent + ": declined",
                desk.consoleNotice("Audio call started by"));
        desk.widgetNotice("Audio call started by");
        assertEquals(List.of("CALL_STARTED", "CALL_DECLINED"), callActions());
    }

    @Test
    void aCallNobodyAnswersIsMissedAfterTheTimeout() throws Exception {
        open(true, true, "missed");
        desk.visitor.script("window.LiveChat.close()");
        desk.click("videoCall");
        desk.ringer();
        assertTrue(desk.visitor.part("section.window").isDisplayed(), "the ringing call opened the chat window");
        desk.console.waitFor(java.time.Duration.ofSeconds(20), "the call missed",
                d -> d.findElements(By.cssSelector("#lc\\:call [data-call]")).isEmpty() ? true : null);
        assertEquals("Video call started by Agent " + desk.agent + ": missed", desk.consoleNotice("Video call started by"));
        desk.visitor.waitFor(CallDesk.LIVE, "the ringer gone", d -> desk.visitor.part(".ringer").isDisplayed() ? null : true);
        assertEquals(List.of("CALL_STARTED", "CALL_MISSED"), callActions());
    }

    @Test
    void theAgentCancelsWhileItRings() throws Exception {
        open(true, true, "cancel");
        desk.click("videoCall");
        desk.ringer();
        desk.consoleCall("state", "RINGING");
        desk.click("callEnd");
        desk.visitor.waitFor(CallDesk.LIVE, "the ringer gone", d -> desk.visitor.part(".ringer").isDisplayed() ? null : true);
        assertFalse(desk.visitor.part("button.launcher").getAttribute("class").contains("ringing"));
        assertEquals("Video call started by Agent " + desk.agent + ": cancelled", desk.consoleNotice("Video call started by"));
        assertEquals(List.of("CALL_STARTED", "CALL_CANCELLED"), callActions());
    }

    @Test
    void resolvingTheHandoverEndsItsCall() throws Exception {
        open(true, true, "resolve");
        long callId = desk.startByApi("AUDIO", 201).getJsonNumber("id").longValue();
        desk.ringer();
        assertEquals(200, desk.agentApi.post("api/v1/handovers/" + desk.handoverId + "/resolution", null).status());
        desk.visitor.waitFor(CallDesk.LIVE, "the ringer gone", d -> desk.visitor.part(".ringer").isDisplayed() ? null : true);
        assertEquals("CANCELLED", desk.agentApi.get("api/v1/calls/" + callId).object().getString("state"));
        desk.widgetNotice("Audio call started by Agent " + desk.agent + ": cancelled");
        assertEquals(List.of("CALL_STARTED", "CALL_CANCELLED"), callActions());
    }

    @Test
    void aBotWithoutCallsShowsNoButtonAndTheApiRefuses() throws Exception {
        open(false, false, "disabled");
        assertTrue(desk.consoleShows("resolve"), "the conversation's actions show");
        assertFalse(desk.consoleShows("audioCall"));
        assertFalse(desk.consoleShows("videoCall"));
        ApiResponse refused = desk.agentApi.post("api/v1/conversations/" + desk.conversationId + "/calls",
                Json.createObjectBuilder().add("kind", "VIDEO").build());
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("call-kind-disabled", refused.problemType());
    }

    @Test
    void refusalsNameWhyAndKeepNothing() throws Exception {
        open(true, false, "refusals");
        assertFalse(desk.consoleShows("videoCall"), "only the kinds the bot enables");
        assertEquals("call-kind-disabled", problem(desk.agentApi, "VIDEO"));

        Api otherAgent = fixture.as(fixture.person("other", "AGENT", desk.botId));
        assertEquals("not-assigned", problem(otherAgent, "AUDIO"));
        assertEquals(404, fixture.as(fixture.person("stranger", "AGENT", fixture.bot("Other"))).post(
                "api/v1/conversations/" + desk.conversationId + "/calls",
                Json.createObjectBuilder().add("kind", "AUDIO").build()).status(), "another bot's conversation");
        ApiResponse unknownKind = desk.agentApi.post("api/v1/conversations/" + desk.conversationId + "/calls",
                Json.createObjectBuilder().add("kind", "HOLOGRAM").build());
        assertEquals(400, unknownKind.status(), unknownKind::toString);
        assertEquals("application/problem+json", unknownKind.contentType());

        // Several starts at once (a double click): one call rings, the others are refused as a second call.
        List<ApiResponse> starts = Race.together(IntStream.range(0, 4).<Supplier<ApiResponse>>mapToObj(i -> () ->
                desk.agentApi.post("api/v1/conversations/" + desk.conversationId + "/calls",
                        Json.createObjectBuilder().add("kind", "AUDIO").build())).toList());
        assertEquals(List.of(201, 409, 409, 409), starts.stream().map(ApiResponse::status).sorted().toList(), starts::toString);
        assertEquals(List.of("call-in-progress", "call-in-progress", "call-in-progress"), starts.stream()
                .filter(start -> start.status() == 409).map(ApiResponse::problemType).toList());
        JsonObject call = starts.stream().filter(start -> start.status() == 201).findFirst().orElseThrow().object();
        desk.ringer();
        assertEquals("call-in-progress", problem(desk.agentApi, "AUDIO"));
        long callId = call.getJsonNumber("id").longValue();
        assertEquals(403, fixture.anonymous().as(fixture.botToken(desk.botId)).post("api/v1/calls/" + callId + "/end", null).status());
        assertEquals("not-your-call", otherAgent.post("api/v1/calls/" + callId + "/end", null).problemType());
        assertEquals("call-not-active", desk.agentApi.post("api/v1/calls/" + callId + "/signals",
                Json.createObjectBuilder().add("type", "answer").add("sdp", "v=0").build()).problemType());
        assertEquals("CANCELLED", desk.agentApi.post("api/v1/calls/" + callId + "/end", null).object().getString("state"));
        assertEquals("call-ended", desk.agentApi.post("api/v1/calls/" + callId + "/end", null).problemType());

        // A visitor with no widget open: there is nobody to ring.
        String engine = fixture.botToken(desk.botId);
        JsonObject away = fixture.anonymous().as(engine).post("api/v1/handovers", Json.createObjectBuilder()
                .add("botId", desk.botId).add("contact", Json.createObjectBuilder().add("channel", "WEB")
                        .add("externalId", "away-" + Fixture.unique()).add("name", "Away Visitor")).build()).object();
        long awayHandover = away.getJsonNumber("id").longValue();
        assertEquals(200, desk.agentApi.post("api/v1/handovers/" + awayHandover + "/assignment", null).status());
        ApiResponse nobody = desk.agentApi.post("api/v1/conversations/" + away.getJsonNumber("conversationId") + "/calls",
                Json.createObjectBuilder().add("kind", "AUDIO").build());
        assertEquals("visitor-not-connected", nobody.problemType(), nobody::toString);
        desk.select(awayHandover);
        desk.click("audioCall");
        desk.console.waitFor(CallDesk.LIVE, "the refusal on the page", d -> d.findElements(By.cssSelector(".ui-growl-message"))
                .stream().anyMatch(m -> m.getText().contains("no chat window open")));
        assertEquals(List.of("CALL_STARTED", "CALL_CANCELLED"), callActions(), "refused calls leave no trace");

        // A WhatsApp user cannot be rung.
        JsonObject whatsapp = fixture.anonymous().as(fixture.botToken(desk.botId)).post("api/v1/handovers",
                Json.createObjectBuilder().add("botId", desk.botId).add("contact", Json.createObjectBuilder()
                        .add("channel", "WHATSAPP").add("externalId", "4915112345678")).build()).object();
        assertEquals(200, desk.agentApi.post("api/v1/handovers/" + whatsapp.getJsonNumber("id") + "/assignment", null).status());
        ApiResponse refused = desk.agentApi.post("api/v1/conversations/" + whatsapp.getJsonNumber("conversationId") + "/calls",
                Json.createObjectBuilder().add("kind", "AUDIO").build());
        assertEquals("call-whatsapp", refused.problemType());
        assertEquals("WhatsApp users cannot be rung from here", refused.object().getString("detail"));
    }

    /** The problem type of the caller's refused call in the desk's conversation (or the status it got instead). */
    private String problem(Api caller, String kind) {
        ApiResponse response = caller.post("api/v1/conversations/" + desk.conversationId + "/calls",
                Json.createObjectBuilder().add("kind", kind).build());
        return response.status() == 409 || response.status() == 404 ? response.problemType() : "status " + response.status();
    }

    /** The call actions of the desk's handover in the audit trail, in order. */
    private List<String> callActions() {
        return desk.agentApi.get("api/v1/handovers/" + desk.handoverId + "/audit").array().getValuesAs(JsonObject.class)
                .stream().map(entry -> entry.getString("action")).filter(action -> action.startsWith("CALL_")).toList();
    }
}
