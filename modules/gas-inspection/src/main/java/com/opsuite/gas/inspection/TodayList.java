package com.opsuite.gas.inspection;

import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.gas.registry.Area;
import com.opsuite.gas.registry.Customer;
import com.opsuite.gas.task.Task;
import com.opsuite.gas.task.Tasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An inspector's open tasks in the order they walk them (area, then address), with the customer's
 * address and any draft begun, optionally narrowed by words of the customer, address or area.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TodayList {

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  @Inject Tasks tasks;

  public List<TodayLine> of(long userId, String search) {
    List<Task> open = tasks.openOf(userId);
    if (open.isEmpty()) {
      return List.of();
    }
    List<Long> taskIds = open.stream().map(Task::getId).toList();
    Map<Long, Customer> customers =
        em.createQuery("SELECT c FROM Customer c WHERE c.id IN :ids", Customer.class)
            .setParameter("ids", open.stream().map(Task::getCustomerId).distinct().toList())
            .getResultStream()
            .collect(Collectors.toMap(Customer::getId, Function.identity()));
    Map<Long, String> areas =
        em.createQuery("SELECT a FROM Area a WHERE a.id IN :ids", Area.class)
            .setParameter("ids", open.stream().map(Task::getAreaId).distinct().toList())
            .getResultStream()
            .collect(Collectors.toMap(Area::getId, Area::getName));
    Map<Long, Long> drafts =
        em.createQuery(
                "SELECT i FROM Inspection i WHERE i.taskId IN :ids AND i.status = :draft",
                Inspection.class)
            .setParameter("ids", taskIds)
            .setParameter("draft", InspectionStatus.DRAFT)
            .getResultStream()
            .collect(Collectors.toMap(Inspection::getTaskId, Inspection::getId));
    LocalDate today = LocalDate.now();
    String words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    return open.stream()
        .map(
            t -> {
              Customer c = customers.get(t.getCustomerId());
              return new TodayLine(
                  t.getId(),
                  t.getKind(),
                  t.getDueOn(),
                  t.getDueOn().isBefore(today),
                  c.getId(),
                  c.getCustomerNo(),
                  c.getName(),
                  c.getAddress(),
                  areas.get(t.getAreaId()),
                  drafts.get(t.getId()),
                  c.isKeyCustomer());
            })
        .filter(line -> words.isEmpty() || matches(line, words))
        .toList();
  }

  private static boolean matches(TodayLine line, String words) {
    String text =
        String.join(
                " ",
                line.customerNo(),
                line.customerName(),
                line.address(),
                String.valueOf(line.areaName()))
            .toLowerCase(Locale.ROOT);
    for (String word : words.split("\\s+")) {
      if (!text.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
