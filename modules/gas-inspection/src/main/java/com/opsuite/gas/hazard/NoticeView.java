package com.opsuite.gas.hazard;

import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.gas.problem.GasRefusedException;
import com.opsuite.gas.problem.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The printable rectification notice (?no=), and its PDF. */
@Named
@ViewScoped
public class NoticeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HazardRectification rectification;
  @Inject transient NoticePdf pdf;
  @Inject transient TenantContext tenant;

  private String no;
  private RectificationNotice notice;

  /** Reads the notice named in the address; another tenant's number finds nothing. */
  public void load() {
    try {
      notice = no == null ? null : rectification.notice(no);
    } catch (GasRefusedException e) {
      notice = null;
    }
  }

  public StreamedContent getPdf() {
    byte[] bytes = pdf.write(notice, PageMessages.locale(), tenant.require().timeZone());
    return DefaultStreamedContent.builder()
        .name(notice.noticeNo() + ".pdf")
        .contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public String label(String key) {
    return PageMessages.text(key);
  }

  /** The day the notice was closed, in the tenant's time zone. */
  public java.time.LocalDate getRectifiedOn() {
    return notice == null || notice.closedAt() == null
        ? null
        : java.time.LocalDate.ofInstant(notice.closedAt(), tenant.require().timeZone());
  }

  public String getNo() {
    return no;
  }

  public void setNo(String no) {
    this.no = no;
  }

  public RectificationNotice getNotice() {
    return notice;
  }
}
