package com.opsuite.core.org.imports;

import com.opsuite.core.i18n.CoreMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The file people fill in: the column headings in their language, as UTF-8 CSV with a byte-order
 * mark so that Excel opens the Chinese headings correctly.
 */
@ApplicationScoped
public class StaffTemplate {

  public static final String FILE_NAME = "staff-import.csv";

  @Inject CoreMessages messages;

  public byte[] csv(Locale locale) {
    String headings =
        Arrays.stream(StaffColumn.values())
            .map(c -> messages.text(locale, c.labelKey()))
            .collect(Collectors.joining(","));
    return ("\uFEFF" + headings + "\r\n").getBytes(StandardCharsets.UTF_8);
  }
}
