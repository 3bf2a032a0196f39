package com.opsuite.core.org.imports;

import com.opsuite.core.validation.InvalidInputException;

/**
 * An import refused because rows have problems, found when it was to be saved: nothing was saved.
 * Each problem's field names its row, e.g. {@code rows[7].email}, so the API's usual 400 answer
 * lists them; the preview holds them row by row for a page.
 */
public class ImportRefused extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final transient ImportPreview preview;

  ImportRefused(ImportPreview preview) {
    super(
        preview.rows().stream()
            .flatMap(
                r ->
                    r.problems().stream()
                        .map(
                            v ->
                                new Violation(
                                    "rows[" + r.row().row() + "]." + v.field(),
                                    v.messageKey(),
                                    v.args())))
            .toList());
    this.preview = preview;
  }

  public ImportPreview preview() {
    return preview;
  }
}
