package io.livechat.channel.whatsapp.control;

import io.livechat.shared.json.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Set;

/**
 * What became of one send to the Graph API, decided on Meta's error code rather than the HTTP
 * status: sent (with the {@code wamid}), worth retrying (5xx, throughput and pair rate limits, no
 * answer), or failed for good with a reason in plain words for the agent.
 */
public record SendOutcome(Kind kind, String wamid, String reason) {

    /**
     * UNKNOWN: no answer, so WhatsApp may have taken the message; sending it again blindly could
     * reach the customer twice, so the outbox first waits for a status that names it.
     */
    public enum Kind { SENT, RETRY, UNKNOWN, FAILED }

    static final int THROUGHPUT_LIMIT = 130429;
    static final int PAIR_RATE_LIMIT = 131056;
    static final int OUTSIDE_WINDOW = 131047;
    /** Why a message outside the 24-hour window cannot reach the user, after "Not sent: " or "Not delivered: ". */
    static final String OUTSIDE_WINDOW_REASON = "more than 24 hours since the user last wrote; only a template"
            + " message can reach them now (WhatsApp error 131047).";
    static final Set<Integer> TRANSIENT = Set.of(THROUGHPUT_LIMIT, PAIR_RATE_LIMIT, 1, 2, 4, 80007, 131000, 131016);

    public static SendOutcome sent(String wamid) {
        return new SendOutcome(Kind.SENT, wamid, null);
    }

    public static SendOutcome retry(String reason) {
        return new SendOutcome(Kind.RETRY, null, reason);
    }

    public static SendOutcome unknown(String reason) {
        return new SendOutcome(Kind.UNKNOWN, null, reason);
    }

    public static SendOutcome failed(String reason) {
        return new SendOutcome(Kind.FAILED, null, reason);
    }

    /** Reads the Graph API's answer to {@code POST /{phone-number-id}/messages}. */
    public static SendOutcome of(int status, String body) {
        JsonObject json = parse(body);
        if (status / 100 == 2) {
            if (json != null && !WebhookChange.objects(json, "messages").isEmpty()) {
                return sent(WebhookChange.objects(json, "messages").get(0).getString("id", null));
            }
            return unknown("WhatsApp answered " + status + " without a message id");
        }
        JsonObject error = json == null ? null : json.getJsonObject("error");
        int code = error == null || !error.containsKey("code") ? 0 : error.getInt("code", 0);
        String title = error == null ? "" : error.getString("message", "");
        if (code == OUTSIDE_WINDOW) {
            return failed("Not sent: " + OUTSIDE_WINDOW_REASON);
        }
        if (TRANSIENT.contains(code) || status >= 500 || status == 429) {
            return retry("WhatsApp answered " + status + (code == 0 ? "" : " with error " + code));
        }
        return failed("Not sent: WhatsApp refused the message"
                + (title.isBlank() ? "" : ": " + title) + " (WhatsApp error " + (code == 0 ? "HTTP " + status : code) + ").");
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | ClassCastException e) {
            return null;
        }
    }
}
