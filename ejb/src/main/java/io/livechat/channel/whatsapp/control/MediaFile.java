package io.livechat.channel.whatsapp.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A downloaded file and what Meta announced about it. Meta writes the SHA-256 in hex on the media
 * endpoint and in base64 in webhooks; both are accepted, anything else is a corrupt download.
 */
public record MediaFile(byte[] content, String mimeType, String announcedSha256, long announcedSize) {

    /** The hex SHA-256 of the content. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why the download cannot be trusted against what was announced here and in the webhook, or null. */
    public String mismatch(String webhookSha256) {
        if (announcedSize >= 0 && announcedSize != content.length) {
            return "size " + content.length + " instead of " + announcedSize;
        }
        String actual = sha256();
        for (String announced : new String[] {announcedSha256, webhookSha256}) {
            if (announced != null && !matches(actual, announced)) {
                return "SHA-256 differs from the announced one";
            }
        }
        return null;
    }

    private static boolean matches(String hex, String announced) {
        if (hex.equalsIgnoreCase(announced)) {
            return true;
        }
        try {
            return hex.equals(HexFormat.of().formatHex(Base64.getDecoder().decode(announced)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
