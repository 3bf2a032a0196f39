package com.opsuite.gas.registry.customer;

import com.opsuite.core.api.Caller;
import com.opsuite.core.persistence.CappedCount;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.gas.registry.Customer;
import com.opsuite.gas.registry.CustomerKind;
import com.opsuite.gas.registry.GasCard;
import com.opsuite.gas.registry.Meter;
import com.opsuite.gas.registry.Purchase;
import com.opsuite.gas.registry.RegistryAccess;
import com.opsuite.gas.registry.RegistryInvalidInput;
import com.opsuite.gas.registry.SealState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The customer registry: customers, their meter and the card bound to it. */
@Path("v1/gas-inspection/customers")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {

  static final int LATEST_PURCHASES = 20;

  @Inject Customers customers;
  @Inject MeterCards meterCards;
  @Inject RegistryAccess access;
  @Context SecurityContext security;

  @GET
  @Transactional
  @Operation(
      summary =
          "A page of customers by number: q finds words of the name, number or address; total"
              + " counts up to 10,000 (totalCapped: there are more); after=<the previous page's"
              + " next> reads on from there, as fast deep in the list as at its start")
  public CustomerPage list(
      @QueryParam("q") String q,
      @QueryParam("areaId") Long areaId,
      @QueryParam("kind") String kind,
      @QueryParam("key") Boolean key,
      @QueryParam("after") String after,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    access.requireRead();
    CustomerQuery query = new CustomerQuery(q, areaId, kind(kind), key);
    int pageSize = Math.min(Math.max(size, 1), 500);
    int first = (int) Math.min((long) Math.max(page, 0) * pageSize, Integer.MAX_VALUE);
    String from = after == null || after.isBlank() ? null : after;
    CappedCount total = customers.count(query);
    // One row more than the page tells whether a next page exists.
    List<Customer> found = customers.search(query, from, first, pageSize + 1, total);
    List<Customer> rows = found.size() > pageSize ? found.subList(0, pageSize) : found;
    String next = found.size() > pageSize ? rows.get(pageSize - 1).getCustomerNo() : null;
    Map<Long, String> areas = customers.areaNames();
    return new CustomerPage(
        total.value(),
        total.capped(),
        Math.max(page, 0),
        pageSize,
        rows.stream().map(c -> CustomerInfo.of(c, areas)).toList(),
        next);
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "A customer with the meter, the card history and the latest purchases")
  public CustomerDetail get(@PathParam("id") long id) {
    access.requireRead();
    return detail(customers.get(id));
  }

  @POST
  @Transactional
  @RequiresPermission(RegistryAccess.MANAGE)
  @Operation(summary = "Register a customer")
  public Response create(CustomerForm body) {
    Customer created = customers.create(orEmpty(body), Caller.name(security));
    return Response.created(URI.create("customers/" + created.getId()))
        .entity(detail(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Transactional
  @RequiresPermission(RegistryAccess.MANAGE)
  @Operation(summary = "Change a customer; the version loaded is required, a stale one is 409")
  public CustomerDetail update(@PathParam("id") long id, CustomerForm body) {
    return detail(customers.update(id, orEmpty(body), Caller.name(security)));
  }

  @PUT
  @Path("{id}/meter")
  @Transactional
  @RequiresPermission(RegistryAccess.MANAGE)
  @Operation(summary = "Set the meter and its seal: another number replaces the meter")
  public CustomerDetail meter(@PathParam("id") long id, MeterForm body) {
    MeterForm form = body == null ? new MeterForm(null, null, null, null, null, null) : body;
    meterCards.setMeter(id, form, Caller.name(security));
    return detail(customers.get(id));
  }

  @PUT
  @Path("{id}/card")
  @Transactional
  @RequiresPermission(RegistryAccess.MANAGE)
  @Operation(summary = "Bind a card to the meter; replacing the active card needs a reason")
  public CustomerDetail card(@PathParam("id") long id, CardForm body) {
    CardForm form = body == null ? new CardForm(null, null) : body;
    meterCards.bindCard(id, form.cardNo(), form.reason(), Caller.name(security));
    return detail(customers.get(id));
  }

  private static CustomerKind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return CustomerKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw RegistryInvalidInput.of("kind", "registry.customer.kindRequired");
    }
  }

  private CustomerDetail detail(Customer c) {
    return new CustomerDetail(
        CustomerInfo.of(c, customers.areaNames()),
        meterCards.activeMeter(c.getId()).map(MeterInfo::of).orElse(null),
        meterCards.cardHistory(c.getId()).stream().map(CardInfo::of).toList(),
        customers.latestPurchases(c.getId(), LATEST_PURCHASES).stream()
            .map(PurchaseInfo::of)
            .toList());
  }

  private static CustomerForm orEmpty(CustomerForm body) {
    return body == null
        ? new CustomerForm(null, null, null, null, null, null, null, null, null)
        : body;
  }

  public record CardForm(String cardNo, String reason) {}

  /**
   * A page of the list. {@code total} counts up to {@link CappedCount#CAP}; {@code totalCapped}
   * says there are more. {@code next} (absent on the last page) is the last customer number shown:
   * pass it as {@code after} for the following page.
   */
  public record CustomerPage(
      long total, boolean totalCapped, int page, int size, List<CustomerInfo> items, String next) {}

  public record CustomerInfo(
      long id,
      String customerNo,
      String name,
      CustomerKind kind,
      boolean keyCustomer,
      long areaId,
      String areaName,
      String address,
      String contactName,
      String phone,
      boolean active,
      long version) {
    static CustomerInfo of(Customer c, Map<Long, String> areas) {
      return new CustomerInfo(
          c.getId(),
          c.getCustomerNo(),
          c.getName(),
          c.getKind(),
          c.isKeyCustomer(),
          c.getAreaId(),
          areas.get(c.getAreaId()),
          c.getAddress(),
          c.getContactName(),
          c.getPhone(),
          c.isActive(),
          c.getVersion());
    }
  }

  public record CustomerDetail(
      CustomerInfo customer, MeterInfo meter, List<CardInfo> cards, List<PurchaseInfo> purchases) {}

  public record MeterInfo(
      long id,
      String meterNo,
      String meterType,
      String sealNo,
      SealState sealState,
      LocalDate installedOn,
      long version) {
    static MeterInfo of(Meter m) {
      return new MeterInfo(
          m.getId(),
          m.getMeterNo(),
          m.getMeterType(),
          m.getSealNo(),
          m.getSealState(),
          m.getInstalledOn(),
          m.getVersion());
    }
  }

  public record CardInfo(
      long id,
      String cardNo,
      long meterId,
      boolean active,
      Instant boundAt,
      Instant unboundAt,
      String unboundReason) {
    static CardInfo of(GasCard k) {
      return new CardInfo(
          k.getId(),
          k.getCardNo(),
          k.getMeterId(),
          k.isActive(),
          k.getBoundAt(),
          k.getUnboundAt(),
          k.getUnboundReason());
    }
  }

  public record PurchaseInfo(
      String receiptNo, long cardId, LocalDate date, BigDecimal volumeM3, BigDecimal amountYuan) {
    static PurchaseInfo of(Purchase p) {
      return new PurchaseInfo(
          p.getSourceKey(), p.getCardId(), p.getPurchasedOn(), p.getVolumeM3(), p.getAmountYuan());
    }
  }
}
