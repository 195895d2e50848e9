package io.livechat.conversation.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a file really is, read from its first bytes (magic numbers), never from its name or the type a
 * client declares. The one table of the types Live Chat knows: images, PDF, office documents, audio
 * and video. Anything else (HTML, SVG, scripts, archives, executables) is unknown and is refused. The
 * name is asked only where the bytes cannot tell (an old binary Office file is Word, Excel or
 * PowerPoint alike).
 */
public final class ContentTypes {

    /** How much of the start of a file {@link #detect} reads: enough for the parts list of an OOXML zip. */
    public static final int PREFIX = 64 * 1024;

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /** Every type this detector can name, which is also what a bot allows unless told otherwise. */
    public static final Set<String> KNOWN = Set.copyOf(new LinkedHashSet<>(Arrays.asList(
            "image/jpeg", "image/png", "image/gif", "image/webp",
            "application/pdf", DOCX, XLSX, PPTX, "application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint", "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation",
            "audio/mpeg", "audio/ogg", "audio/wav", "audio/aac", "audio/amr", "audio/mp4",
            "video/mp4", "video/3gpp", "video/quicktime", "video/webm")));

    /** The raster images a browser shows as a thumbnail; none of them can carry script. */
    public static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

    private ContentTypes() {
    }

    /** The type of the file that starts with these bytes ({@code length} of them), if it is one we know. */
    public static Optional<String> detect(byte[] head, int length, String fileName) {
        byte[] b = length == head.length ? head : Arrays.copyOf(head, length);
        return Optional.ofNullable(image(b)).or(() -> Optional.ofNullable(document(b, fileName)))
                .or(() -> Optional.ofNullable(media(b)));
    }

    private static String image(byte[] b) {
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (text(b, 0, "GIF87a") || text(b, 0, "GIF89a")) {
            return "image/gif";
        }
        return text(b, 0, "RIFF") && text(b, 8, "WEBP") ? "image/webp" : null;
    }

    private static String document(byte[] b, String fileName) {
        if (text(b, 0, "%PDF-")) {
            return "application/pdf";
        }
        if (starts(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            return name.endsWith(".xls") ? "application/vnd.ms-excel"
                    : name.endsWith(".ppt") || name.endsWith(".pps") ? "application/vnd.ms-powerpoint"
                    : "application/msword";
        }
        if (!starts(b, 0, 'P', 'K', 0x03, 0x04)) {
            return null;
        }
        // OpenDocument: an uncompressed first entry "mimetype" whose content is the type.
        if (text(b, 30, "mimetype")) {
            String type = new String(b, 38, Math.min(80, b.length - 38), StandardCharsets.US_ASCII);
            for (String odf : new String[] {"text", "spreadsheet", "presentation"}) {
                if (type.startsWith("application/vnd.oasis.opendocument." + odf)) {
                    return "application/vnd.oasis.opendocument." + odf;
                }
            }
            return null;
        }
        // OOXML: the zip's part names say which application wrote it.
        String names = new String(b, StandardCharsets.ISO_8859_1);
        return names.contains("word/") ? DOCX : names.contains("xl/") ? XLSX : names.contains("ppt/") ? PPTX : null;
    }

    private static String media(byte[] b) {
        if (text(b, 4, "ftyp") && b.length >= 11) {
            String brand = new String(b, 8, 3, StandardCharsets.US_ASCII);
            return brand.equals("M4A") || brand.equals("M4B") ? "audio/mp4"
                    : brand.startsWith("3g") ? "video/3gpp" : brand.equals("qt ") ? "video/quicktime" : "video/mp4";
        }
        if (starts(b, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return new String(b, 0, Math.min(64, b.length), StandardCharsets.ISO_8859_1).contains("webm") ? "video/webm" : null;
        }
        if (text(b, 0, "OggS")) {
            return "audio/ogg";
        }
        if (text(b, 0, "RIFF") && text(b, 8, "WAVE")) {
            return "audio/wav";
        }
        if (text(b, 0, "#!AMR")) {
            return "audio/amr";
        }
        if (text(b, 0, "ID3")) {
            return "audio/mpeg";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0) {
            // An MPEG audio frame: layer bits 00 are ADTS (AAC), any other layer is MP3.
            return (b[1] & 0x06) == 0 ? "audio/aac" : "audio/mpeg";
        }
        return null;
    }

    private static boolean starts(byte[] b, int offset, int... signature) {
        if (b.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((b[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean text(byte[] b, int offset, String signature) {
        return starts(b, offset, signature.chars().toArray());
    }
}
