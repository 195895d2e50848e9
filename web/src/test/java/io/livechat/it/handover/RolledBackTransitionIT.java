package io.livechat.it.handover;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.livechat.it.support.HandoverPaths.assignment;
import static io.livechat.it.support.HandoverPaths.audit;
import static io.livechat.it.support.HandoverPaths.id;
import static io.livechat.it.support.HandoverPaths.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Deployments;
import io.livechat.it.support.Fixture;
import io.livechat.it.whatsapp.GraphApi;
import io.livechat.it.whatsapp.WhatsappBot;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A transition whose transaction rolls back leaves no trace and sends the user nothing; the same
 * transition, committed, sends its notice once. The user is on WhatsApp, so what is sent is what
 * reaches WireMock, standing in for the Graph API, through the real gateway and its outbox.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolledBackTransitionIT {

    /** Longer than a round of the outbox's retry loop: anything queued would have been sent by then. */
    private static final long SETTLE_MILLIS = 5_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application().addClasses(TransitionFault.class, TransitionFaultSwitch.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    void aRolledBackAssignSendsNoNoticeAndACommittedOneSendsItOnce() throws InterruptedException {
        Fixture fixture = Fixture.at(base);
        WhatsappBot bot = WhatsappBot.connect(fixture, "Rollback");
        GraphApi.server().stubFor(post(urlPathEqualTo(GraphApi.messagesPath(bot.number)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withTransformers("response-template")
                        .withBody("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.{{randomValue type='UUID'}}\"}]}")));
        Api agent = fixture.onlineAgent("agent", bot.id);
        JsonObject request = Json.createObjectBuilder(Fixture.handoverRequest(bot.id, "31600000001"))
                .add("contact", Json.createObjectBuilder().add("channel", "WHATSAPP").add("externalId", "31600000001"))
                .build();
        ApiResponse created = fixture.anonymous().as(fixture.botToken(bot.id)).post("api/v1/handovers", request);
        assertEquals(201, created.status(), created::toString);
        JsonObject handover = created.object();
        List<JsonValue> transcriptBefore = agent.get(messages(handover)).array();

        armFault(fixture, id(handover));
        ApiResponse failed = agent.post(assignment(handover), null);

        assertEquals(500, failed.status(), failed::toString);
        assertEquals("PENDING", agent.get("api/v1/handovers/" + id(handover)).object().getString("state"));
        assertEquals(transcriptBefore, agent.get(messages(handover)).array(), "no notice is stored");
        assertEquals(List.of("REQUESTED"), actions(agent, handover));
        Thread.sleep(SETTLE_MILLIS);
        assertEquals(List.of(), GraphApi.sends(bot.number), "no notice is sent");

        ApiResponse assigned = agent.post(assignment(handover), null);

        assertEquals(200, assigned.status(), assigned::toString);
        List<JsonValue> transcript = agent.get(messages(handover)).array();
        JsonObject notice = transcript.get(transcript.size() - 1).asJsonObject();
        assertEquals("You are being transferred to Agent", notice.getString("text"));
        bot.awaitMessage(WhatsappBot.conversationOf(handover), notice.getJsonNumber("id").longValue(),
                m -> "SENT".equals(m.getString("deliveryStatus")), "the notice sent");
        Thread.sleep(SETTLE_MILLIS);
        List<JsonObject> sent = GraphApi.sends(bot.number);
        assertEquals(1, sent.size(), sent::toString);
        assertEquals("You are being transferred to Agent", sent.get(0).getJsonObject("text").getString("body"));
        assertEquals("31600000001", sent.get(0).getString("to"));
        assertTrue(actions(agent, handover).contains("ASSIGNED"));
    }

    private void armFault(Fixture fixture, long handoverId) {
        ApiResponse armed = fixture.anonymous().postRaw("it/transition-fault?handover=" + handoverId, "");
        assertEquals(204, armed.status(), armed::toString);
    }

    private static List<String> actions(Api api, JsonObject handover) {
        return api.get(audit(handover)).array().stream()
                .map(entry -> entry.asJsonObject().getString("action")).toList();
    }
}
