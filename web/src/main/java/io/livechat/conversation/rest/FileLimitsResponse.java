package io.livechat.conversation.rest;

import io.livechat.conversation.boundary.FileLimits;
import java.util.List;

/** A bot's file limits: the largest file in bytes and the content types allowed (detected from the bytes). */
public record FileLimitsResponse(long maxBytes, List<String> allowedTypes) {

    public static FileLimitsResponse of(FileLimits limits) {
        return new FileLimitsResponse(limits.maxBytes(), limits.allowedTypes().stream().sorted().toList());
    }
}
