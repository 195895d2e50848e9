package io.livechat.flow.control;

/** Something that keeps a workflow from running: which step (or top-level field) and what is wrong. */
public record FlowProblem(String step, String field, String message) {
}
