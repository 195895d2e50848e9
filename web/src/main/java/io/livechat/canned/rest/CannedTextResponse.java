package io.livechat.canned.rest;

import io.livechat.canned.boundary.CannedView;
import java.time.Instant;

/** A canned response on the wire; {@code text} keeps its placeholders ({@code {name}}, {@code {agent}}). */
public record CannedTextResponse(long id, String shortcut, String text, Instant updatedAt) {

    public static CannedTextResponse of(CannedView view) {
        return new CannedTextResponse(view.id(), view.shortcut(), view.text(), view.updatedAt());
    }
}
