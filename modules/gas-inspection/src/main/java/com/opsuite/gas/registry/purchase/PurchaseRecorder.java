package com.opsuite.gas.registry.purchase;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.validation.InvalidInputException.Violation;
import com.opsuite.gas.registry.PurchasesRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records purchases from the sales system, idempotent by receipt number: every line is checked
 * (fields, duplicates in the batch, the card, already stored) with one query per chunk of lines,
 * never one per line, since exports run to hundreds of thousands of rows; then the valid ones are
 * inserted a chunk per statement. The insert skips receipt numbers stored meanwhile, so two imports
 * of one file at once still add each purchase once.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PurchaseRecorder {

  static final int CHUNK = 1000;

  private static final String INSERT =
      "INSERT INTO gas_purchase (tenant_id, id, source_key, card_id, customer_id, purchased_on,"
          + " volume_m3, amount_yuan)"
          + " SELECT ?, nextval('gas_purchase_seq'), t.k, t.card::bigint, t.cust::bigint,"
          + " t.d::date, t.v::numeric, t.a::numeric"
          + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
          + " AS t(k, card, cust, d, v, a)"
          + " ON CONFLICT (tenant_id, source_key) DO NOTHING RETURNING source_key";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject Event<PurchasesRecorded> recorded;
  @Inject AuditLog audit;

  /** Checks the lines and, unless {@code dryRun}, adds the valid ones. */
  public PurchaseOutcome record(List<PurchaseLine> lines, boolean dryRun, String by) {
    List<CheckedLine> checked = check(lines);
    if (dryRun) {
      return new PurchaseOutcome(true, checked);
    }
    Set<String> added =
        insert(checked.stream().filter(l -> l.status() == LineStatus.VALID).toList());
    Set<Long> buyers = new HashSet<>();
    List<CheckedLine> result = new ArrayList<>(checked.size());
    for (CheckedLine line : checked) {
      if (line.status() != LineStatus.VALID) {
        result.add(line);
      } else if (added.contains(line.line().receiptNo().strip())) {
        buyers.add(line.customerId());
        result.add(line.withStatus(LineStatus.ADDED));
      } else {
        result.add(line.withStatus(LineStatus.ALREADY_PRESENT));
      }
    }
    PurchaseOutcome outcome = new PurchaseOutcome(false, result);
    if (!buyers.isEmpty()) {
      recorded.fire(new PurchasesRecorded(buyers));
      audit.record(
          by,
          "gas.purchases.recorded",
          "gas-purchases",
          null,
          added.size() + " added, " + outcome.count(LineStatus.ALREADY_PRESENT) + " present");
    }
    return outcome;
  }

  /** Every line's verdict, nothing written. */
  public List<CheckedLine> check(List<PurchaseLine> lines) {
    ZoneId zone = tenant.current().map(TenantRef::timeZone).orElse(ZoneId.of("Asia/Shanghai"));
    Set<String> receipts = new HashSet<>();
    Set<String> cards = new HashSet<>();
    for (PurchaseLine line : lines) {
      if (!PurchaseFields.blank(line.receiptNo())) {
        receipts.add(line.receiptNo().strip());
      }
      if (!PurchaseFields.blank(line.cardNo())) {
        cards.add(line.cardNo().strip());
      }
    }
    Set<String> stored = storedReceipts(receipts);
    Map<String, CardRef> cardRefs = cards(cards);
    Map<String, Integer> firstRow = new HashMap<>();
    List<CheckedLine> checked = new ArrayList<>(lines.size());
    for (PurchaseLine line : lines) {
      List<Violation> problems = new ArrayList<>();
      String receipt = PurchaseFields.receipt(line.receiptNo(), problems);
      LocalDate date = PurchaseFields.date(line.date(), problems);
      BigDecimal volume = PurchaseFields.amount("volumeM3", line.volumeM3(), true, problems);
      BigDecimal amount = PurchaseFields.amount("amountYuan", line.amountYuan(), false, problems);
      CardRef card = null;
      if (PurchaseFields.blank(line.cardNo())) {
        problems.add(new Violation("cardNo", "registry.purchase.cardRequired"));
      } else {
        card = cardRefs.get(line.cardNo().strip());
        if (card == null) {
          problems.add(
              new Violation("cardNo", "registry.purchase.cardUnknown", line.cardNo().strip()));
        } else if (date != null
            && card.unboundAt() != null
            && date.isAfter(card.unboundAt().atZone(zone).toLocalDate())) {
          problems.add(
              new Violation(
                  "cardNo",
                  "registry.purchase.cardReplaced",
                  card.cardNo(),
                  card.unboundAt().atZone(zone).toLocalDate().toString()));
        }
      }
      if (receipt != null) {
        Integer first = firstRow.putIfAbsent(receipt, line.row());
        if (first != null) {
          problems.add(
              new Violation("receiptNo", "registry.purchase.duplicateInFile", receipt, first));
        }
      }
      LineStatus status;
      if (receipt != null && stored.contains(receipt) && firstRow.get(receipt) == line.row()) {
        // Stored already: what the line says now no longer matters.
        status = LineStatus.ALREADY_PRESENT;
        problems.clear();
      } else {
        status = problems.isEmpty() ? LineStatus.VALID : LineStatus.REFUSED;
      }
      checked.add(
          new CheckedLine(
              line,
              status,
              List.copyOf(problems),
              card == null ? null : card.id(),
              card == null ? null : card.customerId(),
              date,
              volume,
              amount));
    }
    return checked;
  }

  private Set<String> storedReceipts(Set<String> receipts) {
    Set<String> stored = new HashSet<>();
    for (List<String> chunk : chunks(receipts)) {
      stored.addAll(
          em.createQuery(
                  "SELECT p.sourceKey FROM Purchase p WHERE p.sourceKey IN :keys", String.class)
              .setParameter("keys", chunk)
              .getResultList());
    }
    return stored;
  }

  /** A card as purchases see it: the meter's customer, and when it was replaced, if it was. */
  private record CardRef(String cardNo, long id, long customerId, Instant unboundAt) {}

  private Map<String, CardRef> cards(Set<String> cardNos) {
    Map<String, CardRef> found = new HashMap<>();
    for (List<String> chunk : chunks(cardNos)) {
      for (Object[] r :
          em.createQuery(
                  "SELECT k.cardNo, k.id, m.customerId, k.unboundAt FROM GasCard k, Meter m"
                      + " WHERE m.id = k.meterId AND k.cardNo IN :nos",
                  Object[].class)
              .setParameter("nos", chunk)
              .getResultList()) {
        found.put(
            (String) r[0], new CardRef((String) r[0], (Long) r[1], (Long) r[2], (Instant) r[3]));
      }
    }
    return found;
  }

  /** Inserts the lines a chunk per statement; the receipt numbers actually added. */
  private Set<String> insert(List<CheckedLine> lines) {
    Set<String> added = new HashSet<>();
    if (lines.isEmpty()) {
      return added;
    }
    String code = tenant.require().code();
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (int from = 0; from < lines.size(); from += CHUNK) {
        List<CheckedLine> chunk = lines.subList(from, Math.min(lines.size(), from + CHUNK));
        int n = chunk.size();
        String[] keys = new String[n];
        String[] cardIds = new String[n];
        String[] customerIds = new String[n];
        String[] dates = new String[n];
        String[] volumes = new String[n];
        String[] amounts = new String[n];
        for (int i = 0; i < n; i++) {
          CheckedLine l = chunk.get(i);
          keys[i] = l.line().receiptNo().strip();
          cardIds[i] = l.cardId().toString();
          customerIds[i] = l.customerId().toString();
          dates[i] = l.date().toString();
          volumes[i] = l.volumeM3().toPlainString();
          amounts[i] = l.amountYuan().toPlainString();
        }
        insert.setString(1, code);
        setArray(connection, insert, 2, keys);
        setArray(connection, insert, 3, cardIds);
        setArray(connection, insert, 4, customerIds);
        setArray(connection, insert, 5, dates);
        setArray(connection, insert, 6, volumes);
        setArray(connection, insert, 7, amounts);
        try (ResultSet rs = insert.executeQuery()) {
          while (rs.next()) {
            added.add(rs.getString(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Storing purchases failed", e);
    }
    return added;
  }

  private static void setArray(Connection c, PreparedStatement st, int index, String[] values)
      throws SQLException {
    Array array = c.createArrayOf("text", values);
    st.setArray(index, array);
  }

  private static List<List<String>> chunks(Set<String> values) {
    List<String> all = new ArrayList<>(values);
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
    }
    return chunks;
  }
}
