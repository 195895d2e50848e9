/**
 * How the handover boundaries read their lists (one keyset query per page, with what a row shows),
 * how many open chats each person holds at a bot for the managers' live view
 * ({@link io.livechat.handover.control.Workloads}), the timer that returns the chats of agents who
 * stayed offline to the queue where their bot says so, and routing: the seats of each agent (open
 * chats and their limit, {@code Seats}) and the auto-assignment of waiting handovers
 * ({@code AutoAssignment}, {@code AutoAssignSweep}).
 */
package io.livechat.handover.control;
