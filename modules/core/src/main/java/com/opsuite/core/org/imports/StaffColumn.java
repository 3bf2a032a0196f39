package com.opsuite.core.org.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns an import understands, each recognised by its heading in Chinese or English. The
 * template's headings come from the message bundles ({@link #labelKey()}); these are the spellings
 * people actually type, compared without case, spaces, punctuation or a trailing note in brackets.
 */
public enum StaffColumn {
  NAME("name", Set.of("name", "fullname", "staffname", "姓名", "名字", "员工姓名")),
  EMPLOYEE_NO(
      "employeeNo",
      Set.of("employeeno", "employeenumber", "employeeid", "staffno", "工号", "员工编号", "员工号", "编号")),
  EMAIL("email", Set.of("email", "emailaddress", "mail", "邮箱", "电子邮件", "电子邮箱", "邮件", "邮箱地址")),
  PHONE(
      "phone",
      Set.of(
          "phone",
          "phonenumber",
          "mobile",
          "mobilephone",
          "telephone",
          "tel",
          "电话",
          "手机",
          "手机号",
          "手机号码",
          "联系电话",
          "电话号码")),
  POSITION("position", Set.of("position", "jobtitle", "title", "岗位", "职位", "岗位名称", "部门岗位")),
  START_DATE(
      "startDate",
      Set.of("startdate", "startson", "hiredate", "joindate", "入职日期", "入职时间", "开始日期", "任职日期"));

  private static final Pattern NOTE = Pattern.compile("[(（\\[【].*[)）\\]】]$");
  private static final Pattern IGNORED = Pattern.compile("[\\s_\\-.:：*＊/]+");

  private final String field;
  private final Set<String> headings;

  StaffColumn(String field, Set<String> headings) {
    this.field = field;
    this.headings = headings;
  }

  /** The field name problems of this column are reported under. */
  public String field() {
    return field;
  }

  /** The key of the heading the template uses, in core's bundle. */
  public String labelKey() {
    return "org.import.column." + field;
  }

  /** The column a heading names, if any. */
  public static Optional<StaffColumn> of(String heading) {
    String key = normalise(heading);
    return Arrays.stream(values()).filter(c -> c.headings.contains(key)).findFirst();
  }

  static String normalise(String heading) {
    String text = heading == null ? "" : heading.strip();
    text = NOTE.matcher(text).replaceFirst("");
    return IGNORED.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
