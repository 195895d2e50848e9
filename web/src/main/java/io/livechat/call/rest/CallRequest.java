package io.livechat.call.rest;

import io.livechat.call.entity.CallKind;
import jakarta.validation.constraints.NotNull;

/** The kind of call to start. */
public record CallRequest(@NotNull CallKind kind) {
}
