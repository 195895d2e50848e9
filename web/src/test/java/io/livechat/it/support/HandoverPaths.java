package io.livechat.it.support;

import jakarta.json.JsonObject;

/** The API paths of a handover (as the API answered it) and of its conversation. */
public final class HandoverPaths {

    private HandoverPaths() {
    }

    public static long id(JsonObject handover) {
        return handover.getJsonNumber("id").longValue();
    }

    public static String of(JsonObject handover) {
        return "api/v1/handovers/" + id(handover);
    }

    public static String assignment(JsonObject handover) {
        return of(handover) + "/assignment";
    }

    public static String resolution(JsonObject handover) {
        return of(handover) + "/resolution";
    }

    public static String audit(JsonObject handover) {
        return of(handover) + "/audit";
    }

    public static String messages(JsonObject handover) {
        return "api/v1/conversations/" + handover.getJsonNumber("conversationId").longValue() + "/messages";
    }
}
