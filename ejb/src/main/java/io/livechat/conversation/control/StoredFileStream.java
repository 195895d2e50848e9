package io.livechat.conversation.control;

import java.io.InputStream;

/**
 * A stored file's bytes as a stream, read a chunk at a time through the store (each chunk in a
 * transaction of its own when the reader runs in none, as a send to WhatsApp does).
 */
public final class StoredFileStream extends InputStream {

    private final FileStore store;
    private final long attachmentId;
    private byte[] chunk = new byte[0];
    private int position;
    private int seq;
    private boolean ended;

    public StoredFileStream(FileStore store, long attachmentId) {
        this.store = store;
        this.attachmentId = attachmentId;
    }

    @Override
    public int read() {
        return fill() ? chunk[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, into, offset, count);
        position += count;
        return count;
    }

    private boolean fill() {
        while (!ended && position == chunk.length) {
            byte[] next = store.chunk(attachmentId, seq++);
            if (next == null) {
                ended = true;
            } else {
                chunk = next;
                position = 0;
            }
        }
        return position < chunk.length;
    }
}
