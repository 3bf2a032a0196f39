package com.opsuite.gas.registry.purchase;

import com.opsuite.core.text.TextDecoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
import org.xml.sax.XMLReader;

/**
 * Turns a sales-system export (CSV, UTF-8 or GBK, or the first sheet of an .xlsx read with POI's
 * streaming reader) into purchase lines: the first non-blank row names the columns, in English or
 * Chinese; every later non-blank row is a purchase. Refuses, as a whole, what is not such a file.
 */
public final class PurchaseFile {

  public static final int MAX_MEGABYTES = 10;
  public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
  public static final int MAX_ROWS = 100_000;
  public static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private PurchaseFile() {}

  /** The columns of an export, each known by several headings. */
  enum Column {
    RECEIPT("receiptno", "receipt", "收据号", "票据号", "小票号", "流水号"),
    CARD("cardno", "card", "卡号", "燃气卡号"),
    DATE("date", "purchasedate", "日期", "购气日期"),
    VOLUME("volumem3", "volume", "气量", "购气量", "购气量m3"),
    AMOUNT("amountyuan", "amount", "金额", "购气金额", "金额元");

    private final List<String> headings;

    Column(String... headings) {
      this.headings = List.of(headings);
    }

    static Column of(String heading) {
      String h = heading.toLowerCase(Locale.ROOT).replaceAll("[\\s_()（）³/-]", "");
      for (Column c : values()) {
        if (c.headings.contains(h)) {
          return c;
        }
      }
      return null;
    }
  }

  /** Reads the upload, refusing it as soon as it passes {@link #MAX_BYTES}. */
  public static byte[] readAtMostLimit(InputStream in) throws IOException {
    byte[] content = in.readNBytes(MAX_BYTES + 1);
    if (content.length > MAX_BYTES) {
      throw PurchaseFileRefused.tooLarge();
    }
    return content;
  }

  /** The purchase lines of a file; the name and media type may be null when unknown. */
  public static List<PurchaseLine> read(byte[] content, String fileName, String contentType) {
    if (content.length > MAX_BYTES) {
      throw PurchaseFileRefused.tooLarge();
    }
    if (content.length == 0) {
      throw PurchaseFileRefused.content("registry.import.empty");
    }
    boolean xlsx = isXlsx(fileName, contentType, content);
    List<List<String>> rows = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    if (xlsx) {
      readXlsx(content, rows, numbers);
    } else {
      readCsv(content, rows, numbers);
    }
    if (rows.isEmpty()) {
      throw PurchaseFileRefused.content("registry.import.empty");
    }
    return lines(rows, numbers);
  }

  private static List<PurchaseLine> lines(List<List<String>> rows, List<Integer> numbers) {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    List<String> heading = rows.get(0);
    for (int i = 0; i < heading.size(); i++) {
      Column c = Column.of(heading.get(i).strip());
      if (c != null && columns.putIfAbsent(c, i) != null) {
        throw PurchaseFileRefused.content("registry.import.columnTwice", heading.get(i).strip());
      }
    }
    if (columns.size() < Column.values().length) {
      throw PurchaseFileRefused.content("registry.import.columnsMissing");
    }
    if (rows.size() == 1) {
      throw PurchaseFileRefused.content("registry.import.noRows");
    }
    List<PurchaseLine> lines = new ArrayList<>(rows.size() - 1);
    for (int r = 1; r < rows.size(); r++) {
      List<String> cells = rows.get(r);
      lines.add(
          new PurchaseLine(
              numbers.get(r),
              cell(cells, columns.get(Column.RECEIPT)),
              cell(cells, columns.get(Column.CARD)),
              cell(cells, columns.get(Column.DATE)),
              cell(cells, columns.get(Column.VOLUME)),
              cell(cells, columns.get(Column.AMOUNT))));
    }
    return lines;
  }

  private static String cell(List<String> cells, int column) {
    return column < cells.size() ? cells.get(column).strip() : "";
  }

  /**
   * By the name's extension when there is a name, else by media type, else by content (a zip is an
   * xlsx); refused when the content contradicts it (an .xls under any name, say).
   */
  private static boolean isXlsx(String fileName, String contentType, byte[] content) {
    Boolean xlsx = null;
    if (fileName != null && !fileName.isBlank()) {
      String name = fileName.strip().toLowerCase(Locale.ROOT);
      if (name.endsWith(".xlsx")) {
        xlsx = true;
      } else if (name.endsWith(".csv")) {
        xlsx = false;
      } else {
        throw PurchaseFileRefused.wrongType();
      }
    }
    if (xlsx == null) {
      String type =
          contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (type.equals(XLSX_TYPE)) {
        xlsx = true;
      } else if (List.of("text/csv", "application/csv", "text/plain").contains(type)) {
        xlsx = false;
      } else if (type.isEmpty() || type.equals("application/octet-stream")) {
        xlsx = TextDecoding.startsWith(content, ZIP);
      } else {
        throw PurchaseFileRefused.wrongType();
      }
    }
    boolean zip = TextDecoding.startsWith(content, ZIP);
    if (xlsx != zip || (!xlsx && content.length >= 4 && content[0] == (byte) 0xD0)) {
      throw PurchaseFileRefused.wrongType();
    }
    return xlsx;
  }

  private static void readCsv(byte[] content, List<List<String>> rows, List<Integer> numbers) {
    String text = TextDecoding.decode(content);
    if (text.indexOf('\0') >= 0) {
      throw PurchaseFileRefused.wrongType();
    }
    try (CSVParser parser = CSVParser.parse(text, CSV)) {
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        add(rows, numbers, Math.toIntExact(record.getRecordNumber()), cells);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw PurchaseFileRefused.content("registry.import.unreadable", "CSV");
    }
  }

  private static void readXlsx(byte[] content, List<List<String>> rows, List<Integer> numbers) {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      XSSFReader reader = new XSSFReader(pkg);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw PurchaseFileRefused.content("registry.import.empty");
      }
      XMLReader parser = XMLHelper.newXMLReader();
      List<String> cells = new ArrayList<>();
      parser.setContentHandler(
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              new ReadOnlySharedStringsTable(pkg),
              new SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                  cells.clear();
                }

                @Override
                public void endRow(int rowNum) {
                  add(rows, numbers, rowNum + 1, cells);
                }

                @Override
                public void cell(String reference, String value, XSSFComment comment) {
                  int column =
                      reference == null ? cells.size() : new CellReference(reference).getCol();
                  while (cells.size() < column) {
                    cells.add("");
                  }
                  cells.add(value == null ? "" : value);
                }
              },
              new IsoDates(),
              false));
      try (InputStream sheet = sheets.next()) {
        parser.parse(new InputSource(sheet));
      }
    } catch (PurchaseFileRefused e) {
      throw e;
    } catch (Exception e) {
      // Not a workbook after all, damaged, or a zip bomb POI refused: the user can only re-save.
      throw PurchaseFileRefused.content("registry.import.unreadable", "Excel");
    }
  }

  /** Keeps non-blank rows, and stops reading once a file holds more than the limit. */
  private static void add(
      List<List<String>> rows, List<Integer> numbers, int number, List<String> cells) {
    if (cells.stream().allMatch(String::isBlank)) {
      return;
    }
    if (rows.size() > MAX_ROWS) {
      throw PurchaseFileRefused.content("registry.import.tooManyRows", MAX_ROWS);
    }
    rows.add(List.copyOf(cells));
    numbers.add(number);
  }

  /** Dates as yyyy-MM-dd whatever the cell's display format; other cells as Excel shows them. */
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
