package com.opsuite.core.org.imports;

import com.opsuite.core.org.StaffDraft;
import java.io.Serializable;

/**
 * One staff member as a file gives them: the row number the user sees and the cell texts, stripped;
 * an absent column reads as empty. Nothing is interpreted yet, so the preview can show the input.
 */
public record StaffRow(
    int row,
    String name,
    String employeeNo,
    String email,
    String phone,
    String position,
    String startDate)
    implements Serializable {

  public StaffDraft draft() {
    return new StaffDraft(name, employeeNo, email, phone, null);
  }
}
