package com.opsuite.online.meeting;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.opsuite.online.data.DataTexts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A meeting pack as a PDF (OpenPDF), landscape so a platform's figures fit on a line. Chinese needs
 * a CJK font embedded: the TrueType font in {@code opsuite.online.pdf-font} (a .ttc names its face,
 * e.g. {@code ...ttc,0}), the same approach as the gas rectification notice; without it the pack
 * falls back to Helvetica, which still shows the numbers.
 */
@ApplicationScoped
public class PackPdf {

  private static final Logger LOG = Logger.getLogger(PackPdf.class.getName());

  @Inject
  @ConfigProperty(
      name = "opsuite.online.pdf-font",
      defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0")
  String fontSpec;

  private BaseFont font;

  @PostConstruct
  void loadFont() {
    String file = fontSpec == null ? "" : fontSpec.replaceFirst(",\\d+$", "");
    try {
      if (!file.isBlank() && Files.isReadable(Path.of(file))) {
        font = BaseFont.createFont(fontSpec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        return;
      }
      LOG.warning(() -> "PDF font " + fontSpec + " not found: meeting packs use Helvetica");
    } catch (DocumentException | IOException e) {
      LOG.log(Level.WARNING, "PDF font " + fontSpec + " unreadable: packs use Helvetica", e);
    }
    try {
      font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Helvetica is built into every PDF reader", e);
    }
  }

  public byte[] write(MeetingPack pack, Locale locale) {
    Font title = new Font(font, 16, Font.BOLD);
    Font body = new Font(font, 9);
    Font bold = new Font(font, 9, Font.BOLD);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(PackText.title(pack, locale));
      doc.open();
      Paragraph heading = new Paragraph(PackText.title(pack, locale), title);
      heading.setAlignment(Element.ALIGN_CENTER);
      doc.add(heading);
      doc.add(
          new Paragraph(
              t(
                  locale,
                  "meeting.pdf.periods",
                  pack.from(),
                  pack.to(),
                  pack.previousFrom(),
                  pack.previousTo(),
                  pack.meetingOn()),
              body));
      for (MeetingPack.PlatformFigures p : pack.platforms()) {
        Paragraph name =
            new Paragraph(
                p.name() + " (" + t(locale, "platform.kind." + p.platformKind()) + ")", bold);
        name.setSpacingBefore(10);
        doc.add(name);
        doc.add(table(p.figures(), p.published(), locale, body, bold));
      }
      Paragraph all = new Paragraph(t(locale, "meeting.totals"), bold);
      all.setSpacingBefore(10);
      doc.add(all);
      doc.add(table(pack.totals(), pack.publishedTotal(), locale, body, bold));
      if (pack.kind() == MeetingPack.Kind.MONTHLY) {
        actions(
            doc, t(locale, "meeting.actions.previous"), pack.previousActions(), locale, body, bold);
        actions(doc, t(locale, "meeting.actions.agreed"), pack.actions(), locale, body, bold);
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Writing the meeting pack " + pack.period() + " failed", e);
    }
    return out.toByteArray();
  }

  private static PdfPTable table(
      List<Comparison> figures, Comparison published, Locale locale, Font body, Font bold) {
    PdfPTable table = new PdfPTable(new float[] {3, 2, 2, 2, 2});
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    for (String h :
        List.of(
            "meeting.figure",
            "meeting.current",
            "meeting.previous",
            "meeting.change",
            "meeting.percent")) {
      table.addCell(new Phrase(t(locale, h), bold));
    }
    for (Comparison c : figures) {
      row(table, PackText.figure(c.figure(), locale), c, locale, body);
    }
    row(table, t(locale, "meeting.published"), published, locale, body);
    return table;
  }

  private static void row(PdfPTable table, String label, Comparison c, Locale locale, Font body) {
    table.addCell(new Phrase(label, body));
    table.addCell(right(PackText.number(c.current()), body));
    table.addCell(right(PackText.number(c.previous()), body));
    table.addCell(right(PackText.change(c.change()), body));
    table.addCell(right(PackText.percent(c, locale), body));
  }

  private static PdfPCell right(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return cell;
  }

  private static void actions(
      Document doc,
      String heading,
      List<MeetingPack.ActionRow> rows,
      Locale locale,
      Font body,
      Font bold)
      throws DocumentException {
    Paragraph p = new Paragraph(heading, bold);
    p.setSpacingBefore(12);
    doc.add(p);
    if (rows.isEmpty()) {
      doc.add(new Paragraph(t(locale, "meeting.actions.none"), body));
      return;
    }
    PdfPTable table = new PdfPTable(new float[] {6, 2, 2, 2});
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    for (String h :
        List.of(
            "meeting.action.text",
            "meeting.action.owner",
            "meeting.action.due",
            "meeting.action.status")) {
      table.addCell(new Phrase(t(locale, h), bold));
    }
    for (MeetingPack.ActionRow a : rows) {
      table.addCell(new Phrase(a.text(), body));
      table.addCell(new Phrase(a.ownerName() == null ? "" : a.ownerName(), body));
      table.addCell(new Phrase(a.dueOn() == null ? "" : a.dueOn().toString(), body));
      table.addCell(new Phrase(t(locale, "meeting.action.status." + a.status()), body));
    }
    doc.add(table);
    doc.add(new Chunk(" "));
  }

  private static String t(Locale locale, String key, Object... args) {
    return DataTexts.text(locale, key, args);
  }
}
