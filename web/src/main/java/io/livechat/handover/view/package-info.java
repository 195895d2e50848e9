/**
 * The Live Chat page ({@code console/livechat.xhtml?bot=<id>}) where agents work a bot's
 * handovers all day and admins and managers watch them: the lists, the selected conversation with
 * its composer, and the user's contact details. Everything on it refreshes from console pushes.
 */
package io.livechat.handover.view;
