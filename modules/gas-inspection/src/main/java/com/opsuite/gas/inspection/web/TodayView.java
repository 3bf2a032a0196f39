package com.opsuite.gas.inspection.web;

import com.opsuite.gas.inspection.FieldCaller;
import com.opsuite.gas.inspection.TodayLine;
import com.opsuite.gas.inspection.TodayList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The Today page: the signed-in inspector's open tasks, searched as they type. */
@Named
@ViewScoped
public class TodayView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TodayList today;
  @Inject FieldCaller caller;

  private String search;
  private List<TodayLine> lines;

  public List<TodayLine> getLines() {
    if (lines == null) {
      lines = today.of(caller.accountId(), search);
    }
    return lines;
  }

  public void refresh() {
    lines = null;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
