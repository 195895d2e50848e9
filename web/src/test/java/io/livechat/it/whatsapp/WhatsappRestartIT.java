package io.livechat.it.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.livechat.it.support.HandoverPaths.assignment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.Deployments;
import io.livechat.it.support.Fixture;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A restart in the middle of an outbox retry: the Graph API fails, the server stops while the send
 * waits for its next attempt, and the next server start sends it, once. The steps run in order
 * because the server stops and starts between them (a Payara Micro process per deployment).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WhatsappRestartIT {

    private static final String APP = "app";
    private static final String USER = "4917700000001";

    private static WhatsappBot bot;
    private static long conversation;
    private static long notice;

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @Test
    @Order(1)
    void firstStart() {
        GraphApi.server().resetAll();
        deployer.deploy(APP);
    }

    @Test
    @Order(2)
    void aSendFailsAndWaitsForItsRetry(@ArquillianResource @OperateOnDeployment(APP) URL base) {
        Fixture fixture = Fixture.at(base);
        bot = WhatsappBot.connect(fixture, "WA restart");
        GraphApi.server().stubFor(post(urlPathEqualTo(GraphApi.messagesPath(bot.number)))
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
        Api agent = fixture.onlineAgent("agent", bot.id);
        JsonObject handover = bot.handover(USER);
        conversation = WhatsappBot.conversationOf(handover);
        ApiResponse assigned = agent.post(assignment(handover), null);
        assertEquals(200, assigned.status(), assigned::toString);
        List<JsonObject> messages = bot.messages(conversation);
        notice = messages.get(messages.size() - 1).getJsonNumber("id").longValue();

        Eventually.until(() -> GraphApi.sendRequests(bot.number).size(), n -> n >= 1, Duration.ofSeconds(30),
                "the first attempt");
        assertEquals("PENDING", status(fixture));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM whatsapp_outbox WHERE message_id = ? AND done_at IS NULL",
                notice), "the send waits in the outbox");
    }

    @Test
    @Order(3)
    void theServerStopsAndTheGraphApiRecovers() {
        deployer.undeploy(APP);
        int attemptsBefore = GraphApi.sendRequests(bot.number).size();
        GraphApi.server().stubFor(post(urlPathEqualTo(GraphApi.messagesPath(bot.number)))
                .willReturn(WhatsappOutboundIT.sent("wamid.AFTER-RESTART-" + Webhook.unique())));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM whatsapp_outbox WHERE message_id = ? AND done_at IS NULL",
                notice), "the outbox entry outlives the server");
        assertEquals(attemptsBefore, GraphApi.sendRequests(bot.number).size());
        deployer.deploy(APP);
    }

    @Test
    @Order(4)
    void theNextStartSendsItOnce(@ArquillianResource @OperateOnDeployment(APP) URL base) throws InterruptedException {
        Fixture fixture = Fixture.at(base);
        Eventually.until(() -> status(fixture), "SENT"::equals, Duration.ofSeconds(90), "the notice sent after the restart");
        Thread.sleep(4_000);
        long successful = GraphApi.server().getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().equals(GraphApi.messagesPath(bot.number)))
                .filter(event -> event.getResponse().getStatus() == 200)
                .count();
        assertEquals(1, successful, "sent exactly once");
        assertTrue(GraphApi.sends(bot.number).stream()
                .allMatch(send -> "You are being transferred to Agent".equals(send.getJsonObject("text").getString("body"))));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM whatsapp_outbox WHERE message_id = ? AND done_at IS NULL",
                notice));
        deployer.undeploy(APP);
    }

    private static String status(Fixture fixture) {
        ApiResponse transcript = fixture.admin().get("api/v1/conversations/" + conversation + "/messages");
        return transcript.array().stream().map(value -> value.asJsonObject())
                .filter(m -> m.getJsonNumber("id").longValue() == notice)
                .findFirst().orElseThrow().getString("deliveryStatus");
    }
}
