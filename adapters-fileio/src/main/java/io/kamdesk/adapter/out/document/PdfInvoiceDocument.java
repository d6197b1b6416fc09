package io.kamdesk.adapter.out.document;

import io.kamdesk.application.billing.port.in.invoice.InvoiceView.InvoiceCustomer;
import io.kamdesk.application.billing.port.in.invoice.InvoiceView;
import io.kamdesk.application.billing.port.out.InvoiceDocument;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.InvoiceLine;
import io.kamdesk.domain.shared.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An invoice as an A4 PDF on Apache PDFBox: the company block (with the logo when one is set), the
 * invoice's number and dates, the customer block, the line table (its header repeated on every page),
 * the figures, the amount due in words, the bank accounts and terms, and "Page n of m" on every page.
 * Noto Sans and Noto Sans Bengali are embedded (subset), so Bangla names print shaped on any reader.
 */
public final class PdfInvoiceDocument implements InvoiceDocument {

    private static final float MARGIN = 42;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float BOTTOM = 60;
    private static final float TEXT = 9.5f;
    private static final float LEADING = 13;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final float[] COLUMNS = {MARGIN, MARGIN + 150, MARGIN + 300, MARGIN + 390, WIDTH - MARGIN};

    @Override
    public void write(InvoiceView invoice, Company company, String amountDueInWords, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            new Writer(document, invoice, company, amountDueInWords).write();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document being written: the fonts, the current page and how far down it is. */
    private static final class Writer {
        private final PDDocument document;
        private final InvoiceView invoice;
        private final Company company;
        private final String words;
        private final PdfText regular;
        private final PdfText bold;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument document, InvoiceView invoice, Company company, String words) throws IOException {
            this.document = document;
            this.invoice = invoice;
            this.company = company;
            this.words = words;
            this.regular = new PdfText(font("NotoSans-Regular.ttf"), font("NotoSansBengali-Regular.ttf"));
            this.bold = new PdfText(font("NotoSans-Bold.ttf"), font("NotoSansBengali-Bold.ttf"));
        }

        void write() throws IOException {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Invoice " + invoice.number());
            info.setSubject(invoice.customer().name());
            newPage();
            header();
            customer();
            lines();
            figures();
            closing();
            page.close();
            numberPages();
        }

        private void header() throws IOException {
            float top = y;
            if (company.logo() != null && company.logo().length > 0) {
                PDImageXObject logo = PDImageXObject.createFromByteArray(document, company.logo(), "logo");
                float scale = Math.min(120f / logo.getWidth(), 48f / logo.getHeight());
                page.drawImage(logo, MARGIN, top - logo.getHeight() * scale, logo.getWidth() * scale,
                        logo.getHeight() * scale);
                y -= logo.getHeight() * scale + 8;
            }
            bold.show(page, company.name(), MARGIN, y - 14, 15);
            y -= 30;
            for (String line : List.of(company.address(), joined(company.phone(), company.email()),
                    company.bin().isBlank() ? "" : "BIN / VAT registration: " + company.bin())) {
                if (!line.isBlank()) {
                    regular.show(page, line, MARGIN, y, TEXT);
                    y -= LEADING;
                }
            }
            float right = WIDTH - MARGIN;
            bold.showRight(page, invoice.status().name().equals("DRAFT") ? "DRAFT INVOICE" : "INVOICE", right,
                    top - 14, 18);
            float at = top - 34;
            for (String[] field : List.of(new String[] {"Invoice no.", invoice.number()},
                    new String[] {"Month", invoice.month().toString()},
                    new String[] {"Issue date", day(invoice.issueDate())},
                    new String[] {"Due date", day(invoice.dueDate())},
                    new String[] {"Status", invoice.status().name().toLowerCase(Locale.ROOT)})) {
                regular.showRight(page, field[0] + ":  " + field[1], right, at, TEXT);
                at -= LEADING;
            }
            y = Math.min(y, at) - 10;
            rule(y);
            y -= 18;
        }

        private void customer() {
            InvoiceCustomer customer = invoice.customer();
            bold.show(page, "Bill to", MARGIN, y, TEXT);
            y -= LEADING + 2;
            bold.show(page, customer.name(), MARGIN, y, 11);
            y -= LEADING + 1;
            List<String> block = new ArrayList<>();
            block.add(customer.companyName());
            block.addAll(regular.wrap(customer.address(), 300, TEXT));
            block.add(joined(customer.phone(), customer.email()));
            block.add("Customer no.: " + customer.customerNumber()
                    + (customer.kam() == null ? "" : "    KAM: " + customer.kam()));
            block.stream().filter(line -> line != null && !line.isBlank()).forEach(line -> {
                regular.show(page, line, MARGIN, y, TEXT);
                y -= LEADING;
            });
            y -= 12;
        }

        private void lines() throws IOException {
            tableHeader();
            for (InvoiceLine line : invoice.lines()) {
                if (y < BOTTOM + LEADING * 2) {
                    page.close();
                    newPage();
                    tableHeader();
                }
                regular.show(page, line.billNumber(), COLUMNS[0], y, TEXT);
                regular.show(page, service(line.component()), COLUMNS[1], y, TEXT);
                regular.showRight(page, quantity(line.quantity()), COLUMNS[3] - 10, y, TEXT);
                regular.showRight(page, amount(line.unitPrice()), COLUMNS[3] + 55, y, TEXT);
                regular.showRight(page, amount(line.amount()), COLUMNS[4], y, TEXT);
                y -= LEADING + 2;
            }
            rule(y + 6);
            y -= 8;
        }

        private void tableHeader() {
            bold.show(page, "Bill", COLUMNS[0], y, TEXT);
            bold.show(page, "Service", COLUMNS[1], y, TEXT);
            bold.showRight(page, "Quantity", COLUMNS[3] - 10, y, TEXT);
            bold.showRight(page, "Unit price", COLUMNS[3] + 55, y, TEXT);
            bold.showRight(page, "Amount", COLUMNS[4], y, TEXT);
            rule(y - 5);
            y -= LEADING + 6;
        }

        private void figures() throws IOException {
            List<String[]> rows = List.of(new String[] {"Subtotal", amount(invoice.subtotal())},
                    new String[] {"Discount", "- " + amount(invoice.discount())},
                    new String[] {"VAT " + invoice.vatRate().percent().stripTrailingZeros().toPlainString() + " %",
                        amount(invoice.vat())},
                    new String[] {"Total", amount(invoice.total())},
                    new String[] {"Paid", "- " + amount(invoice.paid())},
                    new String[] {"Amount due (BDT)", amount(invoice.due())});
            for (int i = 0; i < rows.size(); i++) {
                room(LEADING * 2);
                PdfText text = i == 3 || i == rows.size() - 1 ? bold : regular;
                text.showRight(page, rows.get(i)[0], COLUMNS[3] + 55, y, TEXT);
                text.showRight(page, rows.get(i)[1], COLUMNS[4], y, TEXT);
                y -= LEADING + 1;
            }
            y -= 6;
            for (String line : regular.wrap("In words: " + words, WIDTH - 2 * MARGIN, TEXT)) {
                room(LEADING);
                regular.show(page, line, MARGIN, y, TEXT);
                y -= LEADING;
            }
            y -= 10;
        }

        private void closing() throws IOException {
            section("Pay to", company.bankAccounts());
            section("Terms", company.terms());
        }

        private void section(String title, List<String> entries) throws IOException {
            if (entries.isEmpty()) {
                return;
            }
            room(LEADING * 3);
            bold.show(page, title, MARGIN, y, TEXT);
            y -= LEADING;
            for (String entry : entries) {
                for (String line : regular.wrap(entry, WIDTH - 2 * MARGIN, TEXT)) {
                    room(LEADING);
                    regular.show(page, line, MARGIN, y, TEXT);
                    y -= LEADING;
                }
            }
            y -= 8;
        }

        /** A new page when fewer than {@code needed} points are left above the footer. */
        private void room(float needed) throws IOException {
            if (y - needed < BOTTOM) {
                page.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = HEIGHT - MARGIN;
        }

        private void numberPages() throws IOException {
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    regular.show(footer, invoice.number(), MARGIN, 30, 8);
                    regular.showRight(footer, "Page " + (i + 1) + " of " + count, WIDTH - MARGIN, 30, 8);
                }
            }
        }

        private void rule(float at) {
            try {
                page.setLineWidth(0.6f);
                page.moveTo(MARGIN, at);
                page.lineTo(WIDTH - MARGIN, at);
                page.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private PDFont font(String file) throws IOException {
            try (InputStream in = PdfInvoiceDocument.class.getResourceAsStream("/fonts/" + file)) {
                return PDType0Font.load(document, in);
            }
        }
    }

    private static String service(BandwidthComponent component) {
        return switch (component) {
            case IIG -> "IIG internet transit";
            case FNA -> "FNA cache";
            case GGC -> "GGC cache";
            case CDN -> "CDN";
            case BDIX -> "BDIX";
            case BAISHAN -> "Baishan";
        };
    }

    private static String joined(String first, String second) {
        return first.isBlank() ? second : second.isBlank() ? first : first + "  ·  " + second;
    }

    private static String day(java.time.LocalDate day) {
        return day == null ? "–" : DAY.format(day);
    }

    /** 1,234,567.89: grouped in thousands, two decimals. */
    private static String amount(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(money.amount());
    }

    private static String quantity(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }
}
