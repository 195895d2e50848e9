package io.livechat.channel.widget.rest;

import io.livechat.call.entity.CallKind;
import io.livechat.call.entity.CallState;
import io.livechat.conversation.boundary.FileView;
import io.livechat.conversation.boundary.MessageView;
import io.livechat.conversation.entity.Choice;
import io.livechat.conversation.entity.Sender;
import io.livechat.handover.boundary.WaitingStatus;
import io.livechat.shared.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;

/** The JSON the widget reads: a message as a visitor sees it (an agent by display name only). */
public final class WidgetJson {

    private WidgetJson() {
    }

    /** A call as the visitor's widget shows it: who rings, for what, and where it is. */
    public static JsonObject call(long callId, CallKind kind, CallState state, String agentName) {
        return Jsonp.createObjectBuilder().add("id", callId).add("kind", kind.name()).add("state", state.name())
                .add("agentName", agentName == null ? "Agent" : agentName).build();
    }

    /**
     * The {@code handover} frame: where the visitor's handover stands. PENDING with their place in the
     * queue and the bot's text for it, ASSIGNED with the agent's display name, or NONE (the bot answers).
     */
    public static JsonObject waiting(WaitingStatus status) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("type", "handover")
                .add("state", status == null ? "NONE" : status.state().name());
        if (status != null && status.text() != null) {
            json.add("position", status.position()).add("text", status.text());
        }
        if (status != null && status.agentName() != null) {
            json.add("agentName", status.agentName());
        }
        return json.build();
    }

    /** JSON object text (a call's signal or join details, checked when it came in) as an object again. */
    public static JsonObject object(String json) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static JsonObject message(MessageView message) {
        JsonArrayBuilder choices = Jsonp.createArrayBuilder();
        for (Choice choice : message.choices()) {
            choices.add(Jsonp.createObjectBuilder().add("id", choice.id()).add("title", choice.title()));
        }
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("id", message.id())
                .add("sender", message.sender().name())
                .add("text", message.text())
                .add("createdAt", message.createdAt().toString())
                .add("choices", choices);
        if (message.sender() == Sender.AGENT && message.authorName() != null) {
            json.add("authorName", message.authorName());
        }
        if (!message.files().isEmpty()) {
            JsonArrayBuilder files = Jsonp.createArrayBuilder();
            for (FileView file : message.files()) {
                files.add(Jsonp.createObjectBuilder().add("token", file.token()).add("kind", file.kind())
                        .add("mimeType", file.mimeType()).add("fileName", file.fileName()).add("size", file.size())
                        .add("image", file.image()));
            }
            json.add("files", files).add("caption", message.caption());
        }
        if (message.choiceId() != null) {
            json.add("choiceId", message.choiceId());
        }
        return json.build();
    }
}
