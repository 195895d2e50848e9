package io.livechat.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void imagesPdfAndMediaAreKnownByTheirMagicNumbers() {
        assertEquals("image/png", type(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0), "x.bin"));
        assertEquals("image/jpeg", type(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10), null));
        assertEquals("image/gif", type(ascii("GIF89a...."), null));
        assertEquals("image/webp", type(ascii("RIFF\0\0\0\0WEBPVP8 "), null));
        assertEquals("application/pdf", type(ascii("%PDF-1.7\n..."), "photo.png"));
        assertEquals("audio/wav", type(ascii("RIFF\0\0\0\0WAVEfmt "), null));
        assertEquals("audio/ogg", type(ascii("OggS\0\2"), null));
        assertEquals("audio/mpeg", type(ascii("ID3\3\0"), null));
        assertEquals("audio/mpeg", type(bytes(0xFF, 0xFB, 0x90, 0x64), null));
        assertEquals("audio/aac", type(bytes(0xFF, 0xF1, 0x50, 0x80), null));
        assertEquals("video/mp4", type(ascii("\0\0\0\u0018ftypisom\0\0\2\0"), null));
        assertEquals("audio/mp4", type(ascii("\0\0\0\u0018ftypM4A \0\0\2\0"), null));
        assertEquals("video/3gpp", type(ascii("\0\0\0\u0018ftyp3gp4\0\0\2\0"), null));
    }

    @Test
    void officeDocumentsAreToldApartByWhatTheirZipHolds() throws IOException {
        assertEquals(ContentTypes.DOCX, type(zip("[Content_Types].xml", "word/document.xml"), "a.zip"));
        assertEquals(ContentTypes.XLSX, type(zip("[Content_Types].xml", "xl/workbook.xml"), null));
        assertEquals(ContentTypes.PPTX, type(zip("[Content_Types].xml", "ppt/presentation.xml"), null));
        assertEquals("application/vnd.ms-excel",
                type(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0), "budget.XLS"));
        assertEquals("application/msword", type(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0), "letter"));
    }

    @Test
    void markupScriptsArchivesAndTextAreUnknownWhateverTheirName() throws IOException {
        assertEquals(null, type(ascii("<!doctype html><script>alert(1)</script>"), "invoice.pdf"));
        assertEquals(null, type(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), "a.png"));
        assertEquals(null, type(ascii("MZ\u0090\0"), "setup.docx"));
        assertEquals(null, type(zip("readme.txt", "bin/run.sh"), "report.docx"));
        assertEquals(null, type(ascii("just some text"), "notes.txt"));
        assertEquals(null, type(new byte[0], "empty.pdf"));
    }

    private static String type(byte[] head, String name) {
        Optional<String> detected = ContentTypes.detect(head, head.length, name);
        return detected.orElse(null);
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
