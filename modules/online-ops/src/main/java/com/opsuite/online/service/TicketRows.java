package com.opsuite.online.service;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The ticket list a page at a time, as the table asks for it. */
public class TicketRows extends LazyDataModel<TicketLine> {

  private static final long serialVersionUID = 1L;

  private transient Tickets tickets;
  private final TicketQuery query;

  TicketRows(Tickets tickets, TicketQuery query) {
    this.tickets = tickets;
    this.query = query;
  }

  /** Counted to a cap: the paginator then ends at the cap's last page (see CappedCount). */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(tickets().count(query, Instant.now()).value());
  }

  @Override
  public List<TicketLine> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return tickets().search(query, Instant.now(), first, pageSize);
  }

  /** After the view was serialized the service is looked up again. */
  private Tickets tickets() {
    if (tickets == null) {
      tickets = CDI.current().select(Tickets.class).get();
    }
    return tickets;
  }

  @Override
  public String getRowKey(TicketLine line) {
    return String.valueOf(line.id());
  }

  @Override
  public TicketLine getRowData(String rowKey) {
    return tickets().line(Long.parseLong(rowKey));
  }
}
