/** Handovers: the assign race of many agents, and the pending list and Live Chat page at seeded sizes. */
package io.livechat.bench.handover;
