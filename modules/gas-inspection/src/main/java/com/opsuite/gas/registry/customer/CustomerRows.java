package com.opsuite.gas.registry.customer;

import com.opsuite.core.persistence.CappedCount;
import com.opsuite.gas.registry.Customer;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The customer list a page at a time, as the table asks for it: the registry runs to hundreds of
 * thousands of customers, so only the rows shown are read.
 */
public class CustomerRows extends LazyDataModel<Customer> {

  private static final long serialVersionUID = 1L;

  private transient Customers customers;
  private final CustomerQuery query;
  private CappedCount found;

  CustomerRows(Customers customers, CustomerQuery query) {
    this.customers = customers;
    this.query = query;
  }

  /**
   * Counted once per search (the filters are fixed for the model's life, yet the table asks again
   * on every paging postback), and only up to {@link CappedCount#CAP}: the paginator then ends at
   * the cap's last page, and the reader narrows the search rather than paging further.
   */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(found().value());
  }

  /** Whether the search found more customers than were counted. */
  public boolean isCapped() {
    return found != null && found.capped();
  }

  @Override
  public List<Customer> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return customers().search(query, null, first, pageSize, found());
  }

  private CappedCount found() {
    if (found == null) {
      found = customers().count(query);
    }
    return found;
  }

  /** After the view was serialized the service is looked up again. */
  private Customers customers() {
    if (customers == null) {
      customers = CDI.current().select(Customers.class).get();
    }
    return customers;
  }

  @Override
  public String getRowKey(Customer customer) {
    return String.valueOf(customer.getId());
  }

  @Override
  public Customer getRowData(String rowKey) {
    return customers().get(Long.parseLong(rowKey));
  }
}
