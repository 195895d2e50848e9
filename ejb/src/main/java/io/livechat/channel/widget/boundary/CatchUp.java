package io.livechat.channel.widget.boundary;

import io.livechat.conversation.boundary.MessageView;
import io.livechat.handover.boundary.WaitingStatus;
import java.util.List;

/**
 * What a widget learns when it connects: the messages it missed, oldest first, and where the
 * visitor's handover stands ({@code status} null when they have none open).
 */
public record CatchUp(List<MessageView> missed, WaitingStatus status) {
}
