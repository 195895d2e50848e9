package io.livechat.it.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The stand-in for Meta's Graph API: a real HTTP server (WireMock) on the port the server under
 * test was configured with, shared by the test classes of a run and started on first use.
 */
public final class GraphApi {

    public static final String VERSION = "/v23.0/";

    private static WireMockServer server;

    private GraphApi() {
    }

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().bindAddress("127.0.0.1").port(GraphApiPort.port())
                    .containerThreads(20));
            server.start();
        }
        return server;
    }

    /**
     * Answers every send of every number with a fresh wamid, at a low priority so a test's own stubs
     * win: for tests whose handovers send notices that are another test's business.
     */
    public static void acceptAnySend() {
        server().stubFor(post(urlPathMatching(VERSION + ".*/messages")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withTransformers("response-template")
                        .withBody("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.{{randomValue type='UUID'}}\"}]}")));
    }

    public static String messagesPath(String phoneNumberId) {
        return VERSION + phoneNumberId + "/messages";
    }

    /** The sends the server made for this number, oldest first, as the JSON bodies it posted. */
    public static List<JsonObject> sends(String phoneNumberId) {
        return server().findAll(postRequestedFor(urlPathEqualTo(messagesPath(phoneNumberId)))).stream()
                .map(LoggedRequest::getBodyAsString)
                .map(body -> Json.createReader(new StringReader(body)).readObject())
                .toList();
    }

    public static List<LoggedRequest> sendRequests(String phoneNumberId) {
        return server().findAll(postRequestedFor(urlPathEqualTo(messagesPath(phoneNumberId))));
    }

    /**
     * Takes media uploads for the number as Meta's {@code POST /{phone-number-id}/media} does: a multipart
     * body with {@code messaging_product=whatsapp}, the file's {@code type} and the {@code file} itself, behind
     * the token; answers the media id. Anything else gets Meta's 400 for a bad upload.
     */
    public static void acceptUploads(String phoneNumberId, String token, String mediaId) {
        String path = VERSION + phoneNumberId + "/media";
        server().stubFor(post(urlPathEqualTo(path)).atPriority(2)
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withMultipartRequestBody(aMultipart().withName("messaging_product").withBody(equalTo("whatsapp")))
                .withMultipartRequestBody(aMultipart().withName("type").withBody(matching("[a-z]+/[a-z0-9.+-]+")))
                .withMultipartRequestBody(aMultipart().withName("file").withHeader("Content-Type", matching(".+/.+")))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + mediaId + "\"}")));
        server().stubFor(post(urlPathEqualTo(path)).atPriority(3)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"(#100) The parameter messaging_product is required.\","
                                + "\"type\":\"OAuthException\",\"code\":100}}")));
    }

    /** The media uploads the server made for this number, oldest first. */
    public static List<LoggedRequest> uploads(String phoneNumberId) {
        return server().findAll(postRequestedFor(urlPathEqualTo(VERSION + phoneNumberId + "/media")));
    }

    /** Serves a file the way Meta does: a lookup that names a download URL, and the download, both behind the token. */
    public static void media(String mediaId, String token, String mimeType, byte[] content) {
        String url = "http://127.0.0.1:" + GraphApiPort.port() + "/lookaside/" + mediaId;
        server().stubFor(get(urlPathEqualTo(VERSION + mediaId))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(Json.createObjectBuilder()
                        .add("messaging_product", "whatsapp").add("url", url).add("mime_type", mimeType)
                        .add("sha256", sha256(content)).add("file_size", content.length).add("id", mediaId)
                        .build().toString())));
        server().stubFor(get(urlPathEqualTo("/lookaside/" + mediaId))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse().withHeader("Content-Type", mimeType).withBody(content)));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
