package com.opsuite.online.design;

import jakarta.enterprise.inject.spi.CDI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Design requests a page at a time, filtered by status and department as the page chose. */
public class DesignRequestRows extends LazyDataModel<DesignRequest> {

  private static final long serialVersionUID = 1L;

  private transient DesignRequests requests;
  private final DesignStatus status;
  private final Long departmentId;
  // The departments of the page last loaded, read with it so the table's column needs no query a
  // row.
  private HashMap<Long, String> departments = new HashMap<>();

  DesignRequestRows(DesignRequests requests, DesignStatus status, Long departmentId) {
    this.requests = requests;
    this.status = status;
    this.departmentId = departmentId;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(requests().list(status, departmentId, 0, 1).total());
  }

  @Override
  public List<DesignRequest> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    List<DesignRequest> page = requests().list(status, departmentId, first, pageSize).rows();
    departments =
        new HashMap<>(
            requests().departmentNames(page.stream().map(DesignRequest::getDepartmentId).toList()));
    return page;
  }

  /** The department's name if a request on the page last loaded has it, else read now. */
  String departmentName(Long unitId) {
    String loaded = departments.get(unitId);
    return loaded != null ? loaded : requests().departmentName(unitId);
  }

  private DesignRequests requests() {
    if (requests == null) {
      requests = CDI.current().select(DesignRequests.class).get();
    }
    return requests;
  }

  @Override
  public String getRowKey(DesignRequest request) {
    return String.valueOf(request.getId());
  }

  @Override
  public DesignRequest getRowData(String rowKey) {
    return requests().find(Long.parseLong(rowKey));
  }
}
