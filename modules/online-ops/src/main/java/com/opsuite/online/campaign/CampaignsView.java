package com.opsuite.online.campaign;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The campaigns page: the list, filtered by status and theme, a page at a time. */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Campaigns campaigns;
  @Inject transient CampaignAccess access;

  private CampaignStatus status;
  private String text;
  private CampaignRows rows;
  private final Map<Long, String> names = new HashMap<>();

  @PostConstruct
  void init() {
    search();
  }

  /** View action: 403 for those who may not read campaigns. */
  public void requireRead() throws IOException {
    if (!access.mayRead()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(403, CampaignAccess.PLAN);
      faces.responseComplete();
    }
  }

  public void search() {
    rows = new CampaignRows(campaigns, status, text);
  }

  /** The owner's name, read once per page view. */
  public String ownerName(Long userId) {
    if (!names.containsKey(userId)) {
      names.putAll(campaigns.names(List.of(userId)));
    }
    return names.get(userId);
  }

  public CampaignStatus[] getStatuses() {
    return CampaignStatus.values();
  }

  public CampaignRows getRows() {
    return rows;
  }

  public CampaignStatus getStatus() {
    return status;
  }

  public void setStatus(CampaignStatus status) {
    this.status = status;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
