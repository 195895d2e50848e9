package io.livechat.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A PDF through OpenPDF: A4 landscape, the title, the table with its header row repeated on every
 * page, and "Page n of N" at the foot. The table is laid out {@link #CHUNK} rows at a time (a
 * table that is not yet complete writes its rows and lets go of them), so the document's memory
 * does not grow with its rows. Built-in Helvetica: Western European text (an embedded font would
 * be needed for other scripts).
 */
final class PdfTableWriter implements TableWriter {

    /** The rows laid out at once. */
    static final int CHUNK = 200;

    private static final Font TITLE = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font HEADER = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 8);
    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEC, 0xF0);

    private final int chunk;

    PdfTableWriter() {
        this(CHUNK);
    }

    /** With another chunk (tests: a writer that lays out everything at the end holds every row). */
    PdfTableWriter(int chunk) {
        this.chunk = chunk;
    }

    @Override
    public <R> void write(Table<R> table, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new PageNumbers());
            document.addTitle(table.title());
            document.open();
            Paragraph title = new Paragraph(table.title(), TITLE);
            title.setSpacingAfter(8);
            document.add(title);
            PdfPTable pdf = header(table.columns(), document.right() - document.left());
            int[] laid = {0};
            table.rows().forEach(row -> {
                for (Column<R> column : table.columns()) {
                    pdf.addCell(new Phrase(Cells.text(column.type(), column.cellOf(row), table.zone()), CELL));
                }
                if (++laid[0] % chunk == 0) {
                    layOut(pdf, document, writer);
                }
            });
            pdf.setComplete(true);
            layOut(pdf, document, writer);
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be laid out", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    /**
     * Lays out the rows added since the last chunk. A chunk after the first goes on without its
     * header where the last one ended, but OpenPDF would skip the header also on a page the chunk
     * begins: the one the last chunk opened by filling its page exactly, or the next one when not
     * even a row fits (OpenPDF keeps room for the header even where it skips it). There the
     * header is drawn.
     */
    private static void layOut(PdfPTable pdf, Document document, PdfWriter writer) {
        if (pdf.isSkipFirstHeader() && pdf.size() > pdf.getHeaderRows()) {
            float y = writer.getVerticalPosition(false);
            if (y - document.bottom() < pdf.getHeaderHeight() + pdf.getRowHeight(pdf.getHeaderRows())) {
                document.newPage();
                pdf.setSkipFirstHeader(false);
            } else if (y >= document.top()) {
                pdf.setSkipFirstHeader(false);
            }
        }
        document.add(pdf);
    }

    private static <R> PdfPTable header(List<Column<R>> columns, float width) {
        PdfPTable pdf = new PdfPTable(columns.size());
        // A fixed width, so that a row's height is known before it is laid out (layOut).
        pdf.setTotalWidth(width);
        pdf.setLockedWidth(true);
        pdf.setHeaderRows(1);
        pdf.setComplete(false);
        for (Column<R> column : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(column.header(), HEADER));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            pdf.addCell(cell);
        }
        return pdf;
    }

    /** "Page n of N" at the foot of every page; N is written into each page's template once the document closes. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private static final float SIZE = 8;
        private final BaseFont font = CELL.getCalculatedBaseFont(false);
        private PdfTemplate total;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, SIZE + 2);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String text = "Page " + writer.getPageNumber() + " of ";
            float x = document.right() - 60;
            float y = document.bottom() - 20;
            PdfContentByte canvas = writer.getDirectContent();
            canvas.beginText();
            canvas.setFontAndSize(font, SIZE);
            canvas.setTextMatrix(x, y);
            canvas.showText(text);
            canvas.endText();
            canvas.addTemplate(total, x + font.getWidthPoint(text, SIZE), y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, SIZE);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
