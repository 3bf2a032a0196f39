package com.opsuite.online.data;

import com.opsuite.core.text.TextDecoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a platform data sheet: CSV (UTF-8 or GBK, as Chinese Excel saves it) or the first sheet of
 * an .xlsx. The first non-blank row names the columns, in English or Chinese; each later non-blank
 * row is one platform's week. A sheet of a few hundred rows is all a department keeps, so the
 * limits are small and the workbook is read whole.
 */
public final class PlatformDataFile {

  public static final int MAX_KILOBYTES = 2048;
  public static final int MAX_BYTES = MAX_KILOBYTES * 1024;
  public static final int MAX_ROWS = 5000;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
  private static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private PlatformDataFile() {}

  /** The columns of a sheet, each known by several headings (compared without case or spaces). */
  enum Column {
    PLATFORM("platform", "platformid", "平台", "平台名称"),
    WEEK("week", "isoweek", "周", "周次"),
    FOLLOWERS("followers", "粉丝", "粉丝数", "关注数", "关注人数"),
    NEW_FOLLOWERS("newfollowers", "新增粉丝", "新增粉丝数", "新增关注"),
    READS("reads", "阅读", "阅读量", "阅读数"),
    INTERACTIONS("interactions", "互动", "互动量", "互动数"),
    VISITS("visits", "访问", "访问量", "访问数"),
    CONVERSIONS("conversions", "转化", "转化量", "转化数");

    private final List<String> headings;

    Column(String... headings) {
      this.headings = List.of(headings);
    }

    static Column of(String heading) {
      String h = heading.toLowerCase(Locale.ROOT).replaceAll("[\\s_()（）-]", "");
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
      throw DataFileRefused.tooLarge();
    }
    return content;
  }

  /** The rows of a file; the name and media type may be null when unknown. */
  public static List<DataLine> read(byte[] content, String fileName, String contentType) {
    if (content.length > MAX_BYTES) {
      throw DataFileRefused.tooLarge();
    }
    if (content.length == 0) {
      throw DataFileRefused.content("data.import.empty");
    }
    List<List<String>> rows = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    if (isXlsx(fileName, contentType, content)) {
      readXlsx(content, rows, numbers);
    } else {
      readCsv(content, rows, numbers);
    }
    if (rows.isEmpty()) {
      throw DataFileRefused.content("data.import.empty");
    }
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    List<String> heading = rows.get(0);
    for (int i = 0; i < heading.size(); i++) {
      Column c = Column.of(heading.get(i).strip());
      if (c != null && columns.putIfAbsent(c, i) != null) {
        throw DataFileRefused.content("data.import.columnTwice", heading.get(i).strip());
      }
    }
    if (columns.size() < Column.values().length - 1
        || (columns.size() == Column.values().length - 1
            && columns.containsKey(Column.NEW_FOLLOWERS))) {
      throw DataFileRefused.content("data.import.columnsMissing");
    }
    if (rows.size() == 1) {
      throw DataFileRefused.content("data.import.noRows");
    }
    List<DataLine> lines = new ArrayList<>(rows.size() - 1);
    for (int r = 1; r < rows.size(); r++) {
      List<String> cells = rows.get(r);
      lines.add(
          new DataLine(
              numbers.get(r),
              cell(cells, columns.get(Column.PLATFORM)),
              cell(cells, columns.get(Column.WEEK)),
              cell(cells, columns.get(Column.FOLLOWERS)),
              cell(cells, columns.get(Column.NEW_FOLLOWERS)),
              cell(cells, columns.get(Column.READS)),
              cell(cells, columns.get(Column.INTERACTIONS)),
              cell(cells, columns.get(Column.VISITS)),
              cell(cells, columns.get(Column.CONVERSIONS))));
    }
    return lines;
  }

  private static String cell(List<String> cells, Integer column) {
    return column == null || column >= cells.size() ? "" : cells.get(column).strip();
  }

  /**
   * By the name's extension when there is a name, else by media type, else by content; refused when
   * the content contradicts it (an .xls or a PDF under any name).
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
        throw DataFileRefused.wrongType();
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
        throw DataFileRefused.wrongType();
      }
    }
    if (xlsx != TextDecoding.startsWith(content, ZIP) || TextDecoding.startsWith(content, OLE2)) {
      throw DataFileRefused.wrongType();
    }
    return xlsx;
  }

  private static void readCsv(byte[] content, List<List<String>> rows, List<Integer> numbers) {
    String text = TextDecoding.decode(content);
    if (text.indexOf('\0') >= 0 || text.startsWith("%PDF")) {
      throw DataFileRefused.wrongType();
    }
    try (CSVParser parser = CSVParser.parse(text, CSV)) {
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        add(rows, numbers, Math.toIntExact(record.getRecordNumber()), cells);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw DataFileRefused.content("data.import.unreadable", "CSV");
    }
  }

  private static void readXlsx(byte[] content, List<List<String>> rows, List<Integer> numbers) {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw DataFileRefused.content("data.import.empty");
      }
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        add(rows, numbers, row.getRowNum() + 1, cells);
      }
    } catch (DataFileRefused e) {
      throw e;
    } catch (Exception e) {
      // Damaged, not a workbook after all, or a zip bomb POI refused: the user can only re-save.
      throw DataFileRefused.content("data.import.unreadable", "Excel");
    }
  }

  private static void add(
      List<List<String>> rows, List<Integer> numbers, int number, List<String> cells) {
    if (cells.stream().allMatch(String::isBlank)) {
      return;
    }
    if (rows.size() > MAX_ROWS) {
      throw DataFileRefused.content("data.import.tooManyRows", MAX_ROWS);
    }
    rows.add(List.copyOf(cells));
    numbers.add(number);
  }
}
