package com.opsuite.online.data;

import java.util.List;

/** Every row's verdict; on a dry run nothing was stored. */
public record DataOutcome(boolean dryRun, List<CheckedLine> lines) {

  public long count(LineStatus status) {
    return lines.stream().filter(l -> l.status() == status).count();
  }
}
