/**
 * Console push: handover transitions, new messages and typing, announced by the EJB tier as CDI
 * events, reach the {@code <o:socket channel="console">} of everyone who may see the bot, on every
 * cluster node. The pushed events carry ids only; a page fetches what it shows itself, through the
 * boundaries that check the viewer's rights.
 */
package io.livechat.console.push;
