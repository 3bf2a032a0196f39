package com.opsuite.online.design;

import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One design request: its form, where it stands and its history, and the step that is the viewer's
 * to take now (schedule, deliver, accept or send back, order, receive). Signing and confirming
 * happen in the approvals inbox.
 */
@Named("designRequestView")
@ViewScoped
public class DesignRequestView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject transient DesignRequests requests;
  @Inject transient CallerPermissions permissions;
  @Inject transient TenantContext tenant;

  private Long id;
  private DesignRequest request;
  private List<DesignEvent> events = List.of();
  private Long designerId;
  private String note;
  private BigDecimal amount;
  private LocalDate receivedOn = LocalDate.now();

  /** Reads the request; another tenant's id or an unknown one shows nothing. */
  public void load() {
    DesignCaller.requireAny(permissions, DesignRequests.REQUEST, DesignRequests.MANAGE);
    request = null;
    events = List.of();
    if (id == null) {
      return;
    }
    try {
      request = requests.find(id);
      events = requests.eventsOf(id);
    } catch (DesignRefusedException e) {
      DesignPageMessages.refused(e);
    }
  }

  public void schedule() {
    step(() -> requests.schedule(id, designerId, request.getVersion(), by()));
  }

  public void deliver() {
    step(() -> requests.deliver(id, note, request.getVersion(), me(), manager(), by()));
  }

  public void accept() {
    step(() -> requests.review(id, true, note, request.getVersion(), me(), by()));
  }

  public void sendBack() {
    step(() -> requests.review(id, false, note, request.getVersion(), me(), by()));
  }

  public void order() {
    step(() -> requests.order(id, amount, request.getVersion(), me(), manager(), by()));
  }

  public void receive() {
    step(
        () ->
            requests.receive(id, amount, receivedOn, request.getVersion(), me(), manager(), by()));
  }

  private void step(Runnable action) {
    try {
      action.run();
      DesignPageMessages.info("design.page.saved");
      note = null;
      amount = null;
    } catch (DesignRefusedException e) {
      DesignPageMessages.refused(e);
    }
    load();
  }

  /** Whether the viewer takes the step of this status now. */
  public boolean mine(String status) {
    if (request == null || !request.getStatus().name().equals(status)) {
      return false;
    }
    long me = me();
    return switch (request.getStatus()) {
      case SCHEDULING -> manager();
      case DESIGNING, CONFIRMED, ORDERED ->
          manager() || (request.getDesignerId() != null && request.getDesignerId() == me);
      case DELIVERED -> request.getRequesterId() == me;
      default -> false;
    };
  }

  private long me() {
    return DesignCaller.userId(permissions, DesignRequests.REQUEST);
  }

  private boolean manager() {
    return permissions.has(DesignRequests.MANAGE);
  }

  private String by() {
    return DesignCaller.name(permissions);
  }

  /** A moment of the history in the tenant's time zone, to the minute. */
  public String when(Instant at) {
    return at == null ? "" : MINUTES.format(at.atZone(tenant.require().timeZone()));
  }

  public String department() {
    return request == null ? "" : requests.departmentName(request.getDepartmentId());
  }

  public String person(Long userId) {
    return requests.userName(userId);
  }

  public String getRef() {
    return request == null ? "" : DesignRequests.ref(request);
  }

  public List<UserAccount> getUsers() {
    return requests.users();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public DesignRequest getRequest() {
    return request;
  }

  public List<DesignEvent> getEvents() {
    return events;
  }

  public Long getDesignerId() {
    return designerId;
  }

  public void setDesignerId(Long designerId) {
    this.designerId = designerId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }
}
