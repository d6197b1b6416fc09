package io.kamdesk.adapter.out.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.billing.port.in.invoice.InvoiceView.InvoiceCustomer;
import io.kamdesk.application.billing.port.in.invoice.InvoiceView;
import io.kamdesk.application.billing.port.out.InvoiceDocument.Company;
import io.kamdesk.domain.billing.AmountInWords;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.BillingMonth;
import io.kamdesk.domain.billing.InvoiceLine;
import io.kamdesk.domain.billing.InvoiceStatus;
import io.kamdesk.domain.billing.VatRate;
import io.kamdesk.domain.shared.Money;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfInvoiceDocumentTest {

    private static final String BANGLA_NAME = "রহমান টেলিকম লিমিটেড";
    private static final Company COMPANY = new Company("KTL Bandwidth Ltd.", "House 12, Road 7, Gulshan, Dhaka 1212",
            "+880 1711 000000", "billing@ktl.example", "000123456-0101", null,
            List.of("Dutch-Bangla Bank, Gulshan branch, A/C 123.456.7890, KTL Bandwidth Ltd."),
            List.of("Payment within 30 days of the issue date.", "Cheques payable to KTL Bandwidth Ltd."));

    @Test
    void theDocument_isAnA4Pdf_withTheNumberTotalsCustomerAndAmountInWords() throws IOException {
        InvoiceView invoice = invoice(BANGLA_NAME, 3);

        try (PDDocument document = Loader.loadPDF(render(invoice))) {
            String text = new PDFTextStripper().getText(document);

            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(text).contains("INV-202603-000042", "KTL Bandwidth Ltd.", "000123456-0101",
                    "1,129.02", "1,000.00", "78.77", "Page 1 of 1", "Dutch-Bangla Bank",
                    AmountInWords.taka(Money.of("1129.02")).substring(0, 20), "12 Mar 2026", "11 Apr 2026");
        }
    }

    @Test
    void aBanglaName_isEmbeddedAsText_andShapedWhenDrawn() throws IOException {
        byte[] pdf = render(invoice(BANGLA_NAME, 1));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path png = Path.of("target", "invoice-bangla.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());

            // the text layer keeps the name's letters (shaping changes glyphs, not what they spell)
            assertThat(text.replaceAll("\\s", "")).contains("রহমান".replaceAll("\\s", ""));
            assertThat(inkIn(image, 60, 262, 280, 286)).as("the name is drawn").isGreaterThan(200);
            assertThat(inkIn(image, 300, 262, 560, 286)).as("and nothing beside it").isZero();
        }
    }

    @Test
    void manyLines_flowOntoNumberedPages_withTheTableHeaderOnEach() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(invoice("Acme Networks", 40)))) {
            String text = new PDFTextStripper().getText(document);

            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            int pages = document.getNumberOfPages();
            assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(2);
            lastPage.setEndPage(2);
            assertThat(lastPage.getText(document)).contains("Unit price");
        }
    }

    @Test
    void aLogo_isDrawnAtTheTopLeft_aboveTheCompanyName() throws IOException {
        BufferedImage logo = new BufferedImage(240, 96, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = logo.createGraphics();
        pen.setColor(Color.BLACK);
        pen.fillRect(0, 0, 240, 96);
        pen.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);
        Company withLogo = new Company(COMPANY.name(), COMPANY.address(), COMPANY.phone(), COMPANY.email(),
                COMPANY.bin(), png.toByteArray(), COMPANY.bankAccounts(), COMPANY.terms());
        InvoiceView invoice = invoice("Acme Networks", 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new PdfInvoiceDocument().write(invoice, withLogo, AmountInWords.taka(invoice.due()), out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            // 120 × 48 pt at the top left margin (42 pt): solid black there
            assertThat(inkIn(page, 45, 45, 160, 88)).isGreaterThan(115 * 40);
            assertThat(new PDFTextStripper().getText(document)).contains("KTL Bandwidth Ltd.");
        }
    }

    private static byte[] render(InvoiceView invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfInvoiceDocument().write(invoice, COMPANY, AmountInWords.taka(invoice.due()), out);
        return out.toByteArray();
    }

    /** Dark pixels in a box of the page image: something was drawn there. */
    private static int inkIn(BufferedImage image, int x0, int y0, int x1, int y1) {
        int ink = 0;
        for (int x = x0; x < Math.min(x1, image.getWidth()); x++) {
            for (int y = y0; y < Math.min(y1, image.getHeight()); y++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    ink++;
                }
            }
        }
        return ink;
    }

    /** 1000 + 100.25 − 50 = 1050.25 net per bill-pair, VAT 7.5 %; {@code bills} bills of two lines. */
    private static InvoiceView invoice(String name, int bills) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (int bill = 1; bill <= bills; bill++) {
            lines.add(new InvoiceLine(bill, "KTL-BL-RAHMAN-" + bill + "-01032026", BandwidthComponent.IIG,
                    new BigDecimal("10"), Money.of("100"), Money.of("1000")));
            lines.add(new InvoiceLine(bill, "KTL-BL-RAHMAN-" + bill + "-01032026", BandwidthComponent.BDIX,
                    new BigDecimal("2.5"), Money.of("40.10"), Money.of("100.25")));
        }
        InvoiceCustomer customer = new InvoiceCustomer(4, "CUST-000004", name, "Rahman Telecom Ltd.",
                "noc@rahman.example", "+880 1811 000000", "Plot 9, Agrabad C/A, Chattogram", 2L, "kam.karim");
        return new InvoiceView(42, "INV-202603-000042", customer, BillingMonth.of(2026, 3), InvoiceStatus.ISSUED,
                LocalDate.parse("2026-03-12"), LocalDate.parse("2026-04-11"), VatRate.of("7.5"), Money.of("1100.25"),
                Money.of("50.00"), Money.of("78.77"), Money.of("1129.02"), Money.ZERO, List.of(1L), lines, null, null,
                1L, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-12T00:00:00Z"));
    }
}
