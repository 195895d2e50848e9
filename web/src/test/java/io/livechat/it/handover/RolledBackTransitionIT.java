package io.livechat.it.handover;

import static io.livechat.it.support.HandoverPaths.assignment;
import static io.livechat.it.support.HandoverPaths.id;
import static io.livechat.it.support.HandoverPaths.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Deployments;
import io.livechat.it.support.Fixture;
import io.livechat.it.support.HandoverPaths;
import io.livechat.conversation.boundary.Via;
import io.livechat.conversation.entity.Channel;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server, beside the application, to see what the channel is handed: a transition
 * whose transaction rolls back leaves no trace and sends the user nothing; the same transition,
 * committed, sends its notice once.
 */
@ExtendWith(ArquillianExtension.class)
class RolledBackTransitionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application()
                .addClasses(RecordingWhatsappGateway.class, TransitionFault.class, HandoverPaths.class,
                        Fixture.class, Api.class, ApiResponse.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    void aRolledBackAssignSendsNoNoticeAndACommittedOneSendsItOnce() {
        RecordingWhatsappGateway whatsapp = CDI.current().select(RecordingWhatsappGateway.class,
                Via.Literal.of(Channel.WHATSAPP)).get();
        TransitionFault fault = CDI.current().select(TransitionFault.class).get();
        Fixture fixture = Fixture.at(base);
        long bot = fixture.bot("Rollback");
        Api agent = fixture.onlineAgent("agent", bot);
        JsonObject request = Json.createObjectBuilder(Fixture.handoverRequest(bot, "31600000001"))
                .add("contact", Json.createObjectBuilder().add("channel", "WHATSAPP").add("externalId", "31600000001"))
                .build();
        ApiResponse created = fixture.anonymous().as(fixture.botToken(bot)).post("api/v1/handovers", request);
        assertEquals(201, created.status(), created::toString);
        JsonObject handover = created.object();
        List<JsonValue> transcriptBefore = agent.get(messages(handover)).array();
        List<Long> deliveredBefore = whatsapp.delivered();

        fault.failNextTransitionOf(id(handover));
        ApiResponse failed = agent.post(assignment(handover), null);

        assertEquals(500, failed.status(), failed::toString);
        assertEquals("PENDING", agent.get("api/v1/handovers/" + id(handover)).object().getString("state"));
        assertEquals(transcriptBefore, agent.get(messages(handover)).array(), "no notice is stored");
        assertEquals(deliveredBefore, whatsapp.delivered(), "no notice is sent");
        assertEquals(List.of("REQUESTED"), actions(agent, handover));

        ApiResponse assigned = agent.post(assignment(handover), null);

        assertEquals(200, assigned.status(), assigned::toString);
        List<JsonValue> transcript = agent.get(messages(handover)).array();
        JsonObject notice = transcript.get(transcript.size() - 1).asJsonObject();
        assertEquals("You are being transferred to Agent", notice.getString("text"));
        List<Long> sent = whatsapp.delivered().subList(deliveredBefore.size(), whatsapp.delivered().size());
        assertEquals(List.of(notice.getJsonNumber("id").longValue()), sent);
        assertTrue(actions(agent, handover).contains("ASSIGNED"));
    }

    private static List<String> actions(Api api, JsonObject handover) {
        return api.get("api/v1/handovers/" + id(handover) + "/audit").array().stream()
                .map(entry -> entry.asJsonObject().getString("action")).toList();
    }
}
