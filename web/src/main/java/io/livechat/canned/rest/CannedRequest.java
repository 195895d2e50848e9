package io.livechat.canned.rest;

/**
 * A canned response as a manager writes it. What a shortcut and a text may be is the boundary's rule
 * ({@link io.livechat.canned.boundary.CannedResponses}), answered as a problem document.
 */
public record CannedRequest(String shortcut, String text) {
}
