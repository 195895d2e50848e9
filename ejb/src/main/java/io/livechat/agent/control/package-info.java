/**
 * Helpers of the people feature's boundaries: the record of wrong passwords, and presence: announcing
 * an agent's new presence to their bots, and taking offline the agents who have had no console open
 * for a while (a timer on every node, one conditional update per agent).
 */
package io.livechat.agent.control;
