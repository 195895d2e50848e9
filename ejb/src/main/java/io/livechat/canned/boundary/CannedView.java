package io.livechat.canned.boundary;

import io.livechat.canned.entity.CannedResponse;
import java.time.Instant;

/** A canned response as its readers see it; {@code text} has its placeholders ({@code {name}}, {@code {agent}}) unfilled. */
public record CannedView(long id, long botId, String shortcut, String text, Instant updatedAt) {

    public static CannedView of(CannedResponse canned) {
        return new CannedView(canned.getId(), canned.getBot().getId(), canned.getShortcut(), canned.getText(),
                canned.getUpdatedAt());
    }
}
