package io.livechat.conversation.control;

import io.livechat.conversation.boundary.FileLimits;
import io.livechat.conversation.entity.Attachment;
import io.livechat.shared.boundary.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;

/**
 * An upload about to be stored, checked before anything of it is: its name, its announced size and,
 * from its first bytes, its real type against what the conversation takes. {@link #content()} gives
 * the whole file again, the bytes read for the check first.
 */
public final class IncomingFile {

    private final String fileName;
    private final String mimeType;
    private final InputStream content;

    private IncomingFile(String fileName, String mimeType, InputStream content) {
        this.fileName = fileName;
        this.mimeType = mimeType;
        this.content = content;
    }

    /** Reads the start of the upload and refuses it if its name, size or type is not taken. */
    public static IncomingFile check(String fileName, long announcedSize, InputStream upload, FileLimits limits) {
        String name = nameOf(fileName);
        limits.requireSize(announcedSize);
        try {
            byte[] head = upload.readNBytes(ContentTypes.PREFIX);
            String type = limits.requireAllowed(ContentTypes.detect(head, head.length, name).orElse(null));
            return new IncomingFile(name, type, new SequenceInputStream(new ByteArrayInputStream(head), upload));
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }

    /** The name without a path (some browsers send one), of at most 255 characters and no control characters. */
    static String nameOf(String fileName) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.length() > Attachment.MAX_FILE_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("A file name has 1 to " + Attachment.MAX_FILE_NAME
                    + " characters and no control characters (such as a line break)");
        }
        return name;
    }

    public String fileName() {
        return fileName;
    }

    public String mimeType() {
        return mimeType;
    }

    /** What the transcript shows it as: image, audio, video or document. */
    public String kind() {
        return Attachment.kindOf(mimeType);
    }

    /** The text of the message that carries the file, for channels and readers without files. */
    public String label() {
        return Attachment.label(kind(), fileName);
    }

    public InputStream content() {
        return content;
    }
}
