package com.opsuite.online.campaign;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The campaign list a page at a time, as the table asks for it. */
public class CampaignRows extends LazyDataModel<Campaign> {

  private static final long serialVersionUID = 1L;

  private transient Campaigns campaigns;
  private final CampaignStatus status;
  private final String text;

  CampaignRows(Campaigns campaigns, CampaignStatus status, String text) {
    this.campaigns = campaigns;
    this.status = status;
    this.text = text;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(campaigns().list(status, text, 0, 1).total());
  }

  @Override
  public List<Campaign> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return campaigns().list(status, text, first, pageSize).rows();
  }

  /** After the view was serialized the service is looked up again. */
  private Campaigns campaigns() {
    if (campaigns == null) {
      campaigns = CDI.current().select(Campaigns.class).get();
    }
    return campaigns;
  }

  @Override
  public String getRowKey(Campaign campaign) {
    return String.valueOf(campaign.getId());
  }

  @Override
  public Campaign getRowData(String rowKey) {
    return campaigns().find(Long.parseLong(rowKey));
  }
}
