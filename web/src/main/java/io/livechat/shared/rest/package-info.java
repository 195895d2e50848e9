/** The REST edge's error contract: every refusal is an application/problem+json document. */
package io.livechat.shared.rest;
