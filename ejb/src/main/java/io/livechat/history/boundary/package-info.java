/**
 * The history of a bot's conversations (issue 12): full-text search over messages and contacts, tag
 * and visitor-id prefixes, paged results and their export, and one conversation read-only with the
 * handover boundaries from its audit trail.
 */
package io.livechat.history.boundary;
