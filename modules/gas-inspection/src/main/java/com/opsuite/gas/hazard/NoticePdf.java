package com.opsuite.gas.hazard;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.opsuite.gas.problem.GasTexts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a rectification notice as a PDF (OpenPDF). Chinese needs a CJK font embedded: the TrueType
 * font configured in {@code opsuite.gas.pdf-font} (a .ttc names its face, e.g. {@code ...ttc,0}).
 * Without it the notice still renders in Helvetica, which shows numbers, dates and Latin text.
 */
@ApplicationScoped
public class NoticePdf {

  private static final Logger LOG = Logger.getLogger(NoticePdf.class.getName());
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject
  @ConfigProperty(
      name = "opsuite.gas.pdf-font",
      defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0")
  String fontSpec;

  private BaseFont font;

  @PostConstruct
  void loadFont() {
    font = cjkFont(fontSpec);
  }

  /** The configured font, or Helvetica when it is missing or unreadable. */
  static BaseFont cjkFont(String spec) {
    String file = spec == null ? "" : spec.replaceFirst(",\\d+$", "");
    try {
      if (!file.isBlank() && Files.isReadable(Path.of(file))) {
        return BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      }
      LOG.warning(() -> "PDF font " + spec + " not found: notices use Helvetica");
    } catch (DocumentException | IOException e) {
      LOG.log(Level.WARNING, "PDF font " + spec + " unreadable: notices use Helvetica", e);
    }
    try {
      return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Helvetica is built into every PDF reader", e);
    }
  }

  public byte[] write(RectificationNotice notice, Locale locale, ZoneId zone) {
    Font title = new Font(font, 18, Font.BOLD);
    Font body = new Font(font, 11);
    Font bold = new Font(font, 11, Font.BOLD);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(t(locale, "notice.title") + " " + notice.noticeNo());
      doc.addSubject(notice.noticeNo());
      doc.open();
      Paragraph heading = new Paragraph(t(locale, "notice.title"), title);
      heading.setAlignment(Element.ALIGN_CENTER);
      doc.add(heading);
      Paragraph number = new Paragraph(t(locale, "notice.no") + ": " + notice.noticeNo(), body);
      number.setAlignment(Element.ALIGN_RIGHT);
      doc.add(number);
      doc.add(
          line(
              t(locale, "notice.customer"),
              notice.customerName() + " (" + notice.customerNo() + ")",
              bold,
              body));
      doc.add(line(t(locale, "notice.address"), notice.address(), bold, body));
      doc.add(new Paragraph(" ", body));
      doc.add(new Paragraph(t(locale, "notice.intro"), body));
      PdfPTable items = new PdfPTable(new float[] {1, 6, 5});
      items.setWidthPercentage(100);
      items.setSpacingBefore(8);
      items.addCell(new Paragraph("#", bold));
      items.addCell(new Paragraph(t(locale, "notice.item"), bold));
      items.addCell(new Paragraph(t(locale, "notice.description"), bold));
      int n = 1;
      for (RectificationNotice.Item item : notice.items()) {
        items.addCell(new Paragraph(String.valueOf(n++), body));
        items.addCell(new Paragraph(t(locale, item.labelKey()), body));
        items.addCell(new Paragraph(item.description() == null ? "" : item.description(), body));
      }
      doc.add(items);
      doc.add(new Paragraph(" ", body));
      doc.add(line(t(locale, "notice.deadline"), notice.deadlineOn().toString(), bold, body));
      doc.add(
          line(
              t(locale, "notice.inspector"),
              notice.inspectorName() + " (" + notice.badgeNo() + ")",
              bold,
              body));
      doc.add(
          line(
              t(locale, "notice.issuedAt"),
              TIME.format(notice.issuedAt().atZone(zone)),
              bold,
              body));
      doc.add(new Paragraph(" ", body));
      doc.add(new Paragraph(t(locale, "notice.closing"), body));
      doc.add(new Paragraph(" ", body));
      doc.add(new Paragraph(t(locale, "notice.customerSignature") + ": ____________", body));
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Writing notice " + notice.noticeNo() + " failed", e);
    }
    return out.toByteArray();
  }

  private static Paragraph line(String label, String value, Font bold, Font body) {
    Paragraph p = new Paragraph();
    p.add(new com.lowagie.text.Chunk(label + ": ", bold));
    p.add(new com.lowagie.text.Chunk(value == null ? "" : value, body));
    return p;
  }

  private static String t(Locale locale, String key) {
    return GasTexts.text(locale, key);
  }
}
