package com.opsuite.core.org.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an .xlsx file with POI's streaming (SAX) reader: memory stays small
 * whatever the sheet's size, and reading stops at the row limit. Cells come as Excel shows them,
 * except dates, which come as yyyy-MM-dd whatever their display format.
 */
final class XlsxSheet {

  private XlsxSheet() {}

  static List<SheetRow> read(byte[] content) {
    SheetRows rows = new SheetRows();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      XSSFReader reader = new XSSFReader(pkg);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw ImportFileRefused.content("org.import.empty");
      }
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              new ReadOnlySharedStringsTable(pkg),
              new Collector(rows),
              new IsoDates(),
              false));
      try (InputStream sheet = sheets.next()) {
        parser.parse(new InputSource(sheet));
      }
    } catch (IOException
        | SAXException
        | OpenXML4JException
        | OpenXML4JRuntimeException
        | POIXMLException
        | IllegalArgumentException
        | javax.xml.parsers.ParserConfigurationException e) {
      // Not a workbook after all, damaged, or a zip bomb POI refused: the user can only re-save.
      throw ImportFileRefused.content("org.import.unreadable", "Excel");
    }
    return rows.rows();
  }

  /** Gathers each row's cells by column, filling the gaps a sparse sheet leaves. */
  private static final class Collector implements SheetContentsHandler {
    private final SheetRows rows;
    private final List<String> cells = new ArrayList<>();

    Collector(SheetRows rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      rows.add(rowNum + 1, cells);
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(value == null ? "" : value);
    }
  }

  /**
   * Formats cells as Excel displays them, but a date as an ISO date: display formats differ by
   * locale ("2026/3/1", "3/1/26") and the import reads yyyy-MM-dd.
   */
  private static final class IsoDates extends DataFormatter {
    IsoDates() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        LocalDate day = DateUtil.getLocalDateTime(value).toLocalDate();
        return day.toString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }
}
