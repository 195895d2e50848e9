package io.livechat.bench.widget;

import io.livechat.bench.Demo;
import io.livechat.bench.support.Answer;
import io.livechat.bench.support.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;

/** A widget visitor's session, started as the widget does from a page of the allowed origin. */
record Visitor(String token, String visitorId) {

    static Visitor start(Api api, String widgetKey) throws IOException, InterruptedException {
        Answer answer = api.send(HttpRequest.newBuilder(api.uri("widget/api/sessions?key=" + widgetKey))
                .header("Origin", Demo.ORIGIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()).expect(200, "a widget session");
        return new Visitor(answer.json().getString("token"), answer.json().getString("visitorId"));
    }

    static URI socketUri(Api api, String widgetKey) {
        return URI.create(api.uri("widget/socket?key=" + widgetKey).toString().replaceFirst("^http", "ws"));
    }
}
