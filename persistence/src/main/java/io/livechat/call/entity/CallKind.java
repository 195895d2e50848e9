package io.livechat.call.entity;

/** What a call carries: voice only, or voice and pictures. */
public enum CallKind {
    AUDIO,
    VIDEO
}
