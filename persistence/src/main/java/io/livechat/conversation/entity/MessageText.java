package io.livechat.conversation.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for how long a message's text may be, and how a text is cut to a channel's shorter
 * field. Lengths are counted in UTF-16 code units ({@link String#length()}, JavaScript's
 * {@code length}, an HTML {@code maxlength}, Bean Validation's {@code @Size}): an emoji outside the
 * Basic Multilingual Plane counts 2, a skin tone 2 more, a ZWJ family up to 11. WhatsApp caps a text
 * at 4096 "characters" without saying which; UTF-16 units never count fewer than code points, so a
 * text that fits here fits there whichever way Meta counts. Cuts never split an emoji: they fall
 * between extended grapheme clusters (a flag, a skin-toned or ZWJ emoji stays whole).
 */
public final class MessageText {

    /** The most a WhatsApp text holds (Cloud API), in UTF-16 code units. */
    public static final int WHATSAPP_MAX = 4096;

    /** The most a message of the web widget holds, either way; as WhatsApp's, so a chat may move between them. */
    public static final int WEB_MAX = 4096;

    /** The most a message holds on any channel: the API's bound and the database column's. */
    public static final int MAX = WEB_MAX > WHATSAPP_MAX ? WEB_MAX : WHATSAPP_MAX;

    /** What a refusal says. */
    public static final String RULE = "A message has 1 to " + MAX + " characters; an emoji counts 2 or more";

    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final String ELLIPSIS = "\u2026";

    private MessageText() {
    }

    /** Whether the text has something to say and is no longer than {@link #MAX}. */
    public static boolean fits(String text) {
        return text != null && !text.isBlank() && text.length() <= MAX;
    }

    /**
     * The most a message holds on the channel, in UTF-16 code units: the one limit that the composers
     * count down to (the console's and the widget's) and the server enforces.
     */
    public static int maxOn(Channel channel) {
        return switch (channel) {
            case WEB -> WEB_MAX;
            case WHATSAPP -> WHATSAPP_MAX;
        };
    }

    /** Whether the text has something to say and fits the channel's limit. */
    public static boolean fits(String text, Channel channel) {
        return fits(text) && text.length() <= maxOn(channel);
    }

    /**
     * The text if it is at most {@code max} UTF-16 units long, else its longest start of whole
     * graphemes that leaves room for an ellipsis, with the ellipsis.
     */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return head(text, max - ELLIPSIS.length()) + ELLIPSIS;
    }

    /** The longest start of the text made of whole graphemes and at most {@code max} UTF-16 units long. */
    public static String head(String text, int max) {
        Matcher grapheme = GRAPHEME.matcher(text);
        int end = 0;
        while (grapheme.find() && grapheme.end() <= max) {
            end = grapheme.end();
        }
        return text.substring(0, end);
    }
}
