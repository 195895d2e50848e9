package io.livechat.flow.control;

import io.livechat.flow.boundary.FlowDefinition;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/** The stored form of a flow: its JSON document, without the version (that is the row's). */
final class FlowJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private FlowJson() {
    }

    static String write(FlowDefinition flow) {
        return JSONB.toJson(new FlowDefinition(null, flow.start(), flow.resume(), flow.keywords(), flow.steps()));
    }

    static FlowDefinition read(String document, int version) {
        try {
            return JSONB.fromJson(document, FlowDefinition.class).withVersion(version);
        } catch (JsonbException e) {
            throw new IllegalStateException("Stored flow version " + version + " cannot be read", e);
        }
    }
}
