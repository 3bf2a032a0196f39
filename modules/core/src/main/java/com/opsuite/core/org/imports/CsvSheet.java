package com.opsuite.core.org.imports;

import com.opsuite.core.text.TextDecoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a comma-separated file as Excel writes it (RFC 4180: quoted fields may hold commas, quotes
 * and line breaks). Row numbers count records, blank ones included, so they match the rows Excel
 * shows when it opens the file.
 */
final class CsvSheet {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private CsvSheet() {}

  static List<SheetRow> read(byte[] content) {
    String text = TextDecoding.decode(content);
    if (text.indexOf('\0') >= 0) {
      // No spreadsheet writes NUL into CSV: this is some binary file under a CSV name.
      throw ImportFileRefused.wrongType();
    }
    SheetRows rows = new SheetRows();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        rows.add(Math.toIntExact(record.getRecordNumber()), cells);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // Commons CSV reports an unclosed quote this way; the user needs the place, not the trace.
      throw ImportFileRefused.content("org.import.unreadable", SheetFormat.CSV.name());
    }
    return rows.rows();
  }
}
