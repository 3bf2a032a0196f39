package com.opsuite.bench.floor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statements one role sent from PostgreSQL's log with {@code log_statement = 'all'} and
 * the Debian prefix {@code '%m [%p] %q%u@%d '}: each "execute" or "statement" entry, with the
 * parameters of the DETAIL line that follows it. Transaction control and the driver's connection
 * set-up are left out (the replay runs its own transaction on its own connections).
 */
final class PostgresLog {

  private static final Pattern ENTRY =
      Pattern.compile(
          "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+ \\S+ \\[\\d+\\] (?:(\\S*)@(\\S*) )?(\\w+):  (.*)$");
  private static final Pattern EXECUTE =
      Pattern.compile("(?:execute [^:]+|statement): (.*)", Pattern.DOTALL);
  private static final Pattern PARAM = Pattern.compile("\\$(\\d+) = (NULL|'((?:[^']|'')*)')");
  private static final Pattern CONTROL =
      Pattern.compile(
          "(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SET application_name)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private PostgresLog() {}

  static List<CapturedStatement> statementsOf(List<String> lines, String role) {
    List<String[]> entries = new ArrayList<>(); // user, level, text
    for (String line : lines) {
      Matcher m = ENTRY.matcher(line);
      if (m.matches()) {
        String user = m.group(1) == null ? "" : m.group(1);
        entries.add(new String[] {user, m.group(3), m.group(4)});
      } else if (!entries.isEmpty()) {
        String[] last = entries.get(entries.size() - 1);
        last[2] = last[2] + "\n" + line;
      }
    }
    List<CapturedStatement> statements = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String[] e = entries.get(i);
      if (!e[0].equals(role) || !e[1].equals("LOG")) {
        continue;
      }
      Matcher m = EXECUTE.matcher(e[2]);
      if (!m.matches()) {
        continue;
      }
      String sql = m.group(1).strip();
      if (CONTROL.matcher(sql).matches()) {
        continue;
      }
      List<String> params = new ArrayList<>();
      if (i + 1 < entries.size()
          && entries.get(i + 1)[1].equals("DETAIL")
          && entries.get(i + 1)[2].startsWith("parameters: ")) {
        params = parameters(entries.get(i + 1)[2]);
      }
      statements.add(new CapturedStatement(sql, params));
    }
    return statements;
  }

  private static List<String> parameters(String detail) {
    List<String> values = new ArrayList<>();
    Matcher m = PARAM.matcher(detail);
    while (m.find()) {
      values.add(m.group(2).equals("NULL") ? null : m.group(3).replace("''", "'"));
    }
    return values;
  }
}
