package com.opsuite.online.design;

import jakarta.enterprise.inject.spi.CDI;
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
    return requests().list(status, departmentId, first, pageSize).rows();
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
