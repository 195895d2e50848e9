package io.livechat.conversation.boundary;

import io.livechat.conversation.control.ContentTypes;
import io.livechat.conversation.entity.Channel;
import io.livechat.conversation.entity.FilePolicy;
import java.util.Set;
import java.util.TreeSet;

/**
 * What files a bot's conversations take: at most {@code maxBytes}, of the {@code allowedTypes}
 * (detected from the bytes). The one place of the defaults and of the channels' own limits.
 */
public record FileLimits(long maxBytes, Set<String> allowedTypes) {

    public static final long MB = 1024 * 1024;
    /** The largest file on the web, and the default of every bot. */
    public static final long WEB_MAX = 25 * MB;
    /** WhatsApp's limit for the media a business sends (audio, video; images less, documents more). */
    public static final long WHATSAPP_MAX = 16 * MB;

    public FileLimits {
        allowedTypes = Set.copyOf(new TreeSet<>(allowedTypes));
    }

    /** The bot's limits: its policy, or the defaults (every known type, 25 MB) without one. */
    public static FileLimits of(FilePolicy policy) {
        return policy == null ? new FileLimits(WEB_MAX, ContentTypes.KNOWN)
                : new FileLimits(policy.getMaxBytes(), policy.getAllowedTypes());
    }

    /** What a conversation of this channel takes: the bot's limits, within what the channel carries. */
    public FileLimits on(Channel channel) {
        return channel == Channel.WHATSAPP && maxBytes > WHATSAPP_MAX ? new FileLimits(WHATSAPP_MAX, allowedTypes) : this;
    }

    /** Refuses a file of a type that is not allowed (or of none we know). */
    public String requireAllowed(String detected) {
        if (detected == null || !allowedTypes.contains(detected)) {
            throw FileRefusedException.typeNotAllowed(detected);
        }
        return detected;
    }

    /** Refuses a file announced larger than allowed, before anything of it is read. */
    public void requireSize(long announced) {
        if (announced > maxBytes) {
            throw FileRefusedException.tooLarge(maxBytes);
        }
    }

    /** Refuses limits an admin cannot set: a size of 1 byte to 25 MB, and only known types. */
    public static FileLimits checked(long maxBytes, Set<String> allowedTypes) {
        if (maxBytes < 1 || maxBytes > WEB_MAX) {
            throw new FileRefusedException("invalid-input", "The largest file is 1 byte to " + WEB_MAX + " bytes (25 MB)");
        }
        for (String type : allowedTypes) {
            if (!ContentTypes.KNOWN.contains(type)) {
                throw new FileRefusedException("invalid-input", "Unknown content type " + type + "; known are "
                        + new TreeSet<>(ContentTypes.KNOWN));
            }
        }
        return new FileLimits(maxBytes, allowedTypes);
    }
}
