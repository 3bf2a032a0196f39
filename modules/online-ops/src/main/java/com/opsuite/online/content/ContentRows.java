package com.opsuite.online.content;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The content list a page at a time, as the table asks for it. */
public class ContentRows extends LazyDataModel<ContentItem> {

  private static final long serialVersionUID = 1L;

  private transient ContentService content;
  private final ContentQuery query;

  ContentRows(ContentService content, ContentQuery query) {
    this.content = content;
    this.query = query;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(content().count(query));
  }

  @Override
  public List<ContentItem> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return content().search(query, first, pageSize);
  }

  /** After the view was serialized the service is looked up again. */
  private ContentService content() {
    if (content == null) {
      content = CDI.current().select(ContentService.class).get();
    }
    return content;
  }

  @Override
  public String getRowKey(ContentItem item) {
    return String.valueOf(item.getId());
  }

  @Override
  public ContentItem getRowData(String rowKey) {
    return content().find(Long.parseLong(rowKey));
  }
}
