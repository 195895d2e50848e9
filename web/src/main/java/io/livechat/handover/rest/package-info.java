/** Handovers over REST: request, list, assign to me, unassign, resolve, audit. */
package io.livechat.handover.rest;
