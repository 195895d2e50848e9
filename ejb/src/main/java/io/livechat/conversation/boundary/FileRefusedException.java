package io.livechat.conversation.boundary;

import io.livechat.shared.boundary.InvalidInputException;
import java.util.Map;

/** A file refused before anything of it was kept: too large, empty, or of a type the bot does not take. */
public class FileRefusedException extends InvalidInputException {

    public FileRefusedException(String type, String message) {
        super(type, message, Map.of());
    }

    public static FileRefusedException tooLarge(long maxBytes) {
        return new FileRefusedException("file-too-large", "The file is larger than the " + megabytes(maxBytes)
                + " this conversation takes");
    }

    public static FileRefusedException typeNotAllowed(String detected) {
        return new FileRefusedException("file-type-not-allowed", detected == null
                ? "This kind of file is not accepted (its content is not an image, PDF, office document, audio or video)"
                : "Files of type " + detected + " are not accepted here");
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
