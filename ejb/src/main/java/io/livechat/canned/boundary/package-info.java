/**
 * Canned responses: the ready-made replies of a bot. Its people read them (the Live Chat composer
 * offers them after "/"); its managers and admins write them. Every change is announced with
 * {@link io.livechat.canned.boundary.CannedResponsesChanged}, so open consoles show it at once.
 */
package io.livechat.canned.boundary;
