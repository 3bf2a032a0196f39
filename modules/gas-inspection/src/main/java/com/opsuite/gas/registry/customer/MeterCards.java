package com.opsuite.gas.registry.customer;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.persistence.UniqueViolation;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.gas.registry.Customer;
import com.opsuite.gas.registry.GasCard;
import com.opsuite.gas.registry.Meter;
import com.opsuite.gas.registry.RegistryInvalidInput;
import com.opsuite.gas.registry.RegistryRefused;
import com.opsuite.gas.registry.SealState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One meter one card: a customer's active meter and the single active card bound to it. Replacing
 * either keeps the old one as history (inactive, with when and why); the customer's row is locked
 * first so two replacements at once cannot both win.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class MeterCards {

  static final int MAX_NO = 40;
  static final int MAX_REASON = 300;

  @PersistenceContext EntityManager em;
  @Inject Customers customers;
  @Inject AuditLog audit;

  public Optional<Meter> activeMeter(long customerId) {
    return em.createQuery(
            "SELECT m FROM Meter m WHERE m.customerId = :c AND m.active = TRUE", Meter.class)
        .setParameter("c", customerId)
        .getResultStream()
        .findFirst();
  }

  /** Every card ever bound to any meter of the customer, the active one first, then newest. */
  public List<GasCard> cardHistory(long customerId) {
    return em.createQuery(
            "SELECT k FROM GasCard k, Meter m WHERE m.id = k.meterId AND m.customerId = :c"
                + " ORDER BY k.active DESC, k.boundAt DESC, k.id DESC",
            GasCard.class)
        .setParameter("c", customerId)
        .getResultList();
  }

  /** Sets the meter: the same number updates it, another number replaces it. */
  public Meter setMeter(long customerId, MeterForm form, String by) {
    Customer customer = lock(customerId);
    String number = form.meterNo() == null ? "" : form.meterNo().strip();
    if (number.isEmpty() || number.length() > MAX_NO) {
      throw RegistryInvalidInput.of("meterNo", "registry.meter.numberRequired", MAX_NO);
    }
    String type = form.meterType() == null ? "" : form.meterType().strip();
    if (type.isEmpty() || type.length() > MAX_NO) {
      throw RegistryInvalidInput.of("meterType", "registry.meter.typeRequired", MAX_NO);
    }
    String seal = CustomerForm.clean(form.sealNo());
    if (seal != null && seal.length() > MAX_NO) {
      throw RegistryInvalidInput.of("sealNo", "registry.tooLong", MAX_NO);
    }
    SealState state = form.sealState() == null ? SealState.NONE : form.sealState();
    if (state != SealState.NONE && seal == null) {
      throw RegistryInvalidInput.of("sealNo", "registry.meter.sealNoRequired");
    }
    Optional<Meter> current = activeMeter(customer.getId());
    if (current.isPresent() && current.get().getMeterNo().equals(number)) {
      Meter meter = current.get();
      if (form.version() != null && form.version() != meter.getVersion()) {
        throw new OptimisticLockException(meter);
      }
      String before = describe(meter);
      meter.setMeterType(type);
      meter.setSealNo(seal);
      meter.setSealState(state);
      meter.setInstalledOn(form.installedOn());
      em.flush();
      audit.record(by, "gas.meter.changed", "gas-meter:" + meter.getId(), before, describe(meter));
      return meter;
    }
    long taken =
        em.createQuery("SELECT COUNT(m) FROM Meter m WHERE m.meterNo = :no", Long.class)
            .setParameter("no", number)
            .getSingleResult();
    if (taken > 0) {
      throw RegistryInvalidInput.of("meterNo", "registry.meter.numberTaken", number);
    }
    current.ifPresent(
        old -> {
          old.setActive(false);
          activeCard(old.getId()).ifPresent(card -> unbind(card, "meter replaced by " + number));
          em.flush();
        });
    Meter meter = new Meter(customer.getId(), number, type);
    meter.setSealNo(seal);
    meter.setSealState(state);
    meter.setInstalledOn(form.installedOn());
    em.persist(meter);
    em.flush();
    audit.record(
        by,
        "gas.meter.installed",
        "gas-customer:" + customerId,
        current.map(MeterCards::describe).orElse(null),
        describe(meter));
    return meter;
  }

  /**
   * Binds a card to the customer's meter. A different active card is unbound first, which needs a
   * reason; binding the card that is already bound changes nothing.
   */
  public GasCard bindCard(long customerId, String cardNo, String reason, String by) {
    Customer customer = lock(customerId);
    String number = cardNo == null ? "" : cardNo.strip();
    if (number.isEmpty() || number.length() > MAX_NO) {
      throw RegistryInvalidInput.of("cardNo", "registry.card.numberRequired", MAX_NO);
    }
    Meter meter =
        activeMeter(customer.getId())
            .orElseThrow(() -> RegistryRefused.conflict("registry.card.noMeter"));
    Optional<GasCard> active = activeCard(meter.getId());
    if (active.isPresent() && active.get().getCardNo().equals(number)) {
      return active.get();
    }
    long taken =
        em.createQuery("SELECT COUNT(k) FROM GasCard k WHERE k.cardNo = :no", Long.class)
            .setParameter("no", number)
            .getSingleResult();
    if (taken > 0) {
      throw RegistryInvalidInput.of("cardNo", "registry.card.numberTaken", number);
    }
    String why = CustomerForm.clean(reason);
    if (active.isPresent()) {
      if (why == null) {
        throw RegistryInvalidInput.of("reason", "registry.card.reasonRequired");
      }
      if (why.length() > MAX_REASON) {
        throw RegistryInvalidInput.of("reason", "registry.tooLong", MAX_REASON);
      }
      unbind(active.get(), why);
      // The old card must be inactive in the database before the new one is, for the
      // one-active-card index.
      em.flush();
    }
    GasCard card = new GasCard(number, meter.getId());
    em.persist(card);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.causes(e)) {
        throw RegistryRefused.conflict("registry.card.numberTaken", number);
      }
      throw e;
    }
    audit.record(
        by,
        "gas.card.bound",
        "gas-meter:" + meter.getId(),
        active.map(GasCard::getCardNo).orElse(null),
        number + (why == null ? "" : " (" + why + ")"));
    return card;
  }

  private Optional<GasCard> activeCard(long meterId) {
    return em.createQuery(
            "SELECT k FROM GasCard k WHERE k.meterId = :m AND k.active = TRUE", GasCard.class)
        .setParameter("m", meterId)
        .getResultStream()
        .findFirst();
  }

  private static void unbind(GasCard card, String reason) {
    card.setActive(false);
    card.setUnboundAt(Instant.now());
    card.setUnboundReason(reason);
  }

  private Customer lock(long customerId) {
    Customer customer = customers.get(customerId);
    em.lock(customer, LockModeType.PESSIMISTIC_WRITE);
    return customer;
  }

  private static String describe(Meter m) {
    return m.getMeterNo()
        + " "
        + m.getMeterType()
        + " seal "
        + m.getSealNo()
        + " "
        + m.getSealState();
  }
}
