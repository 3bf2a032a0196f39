package com.opsuite.online.content;

import jakarta.enterprise.inject.spi.CDI;
import java.util.HashMap;
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
  // The platforms of the page last loaded, read with it so the table's column needs no query a row.
  private HashMap<Long, List<Long>> platformIds = new HashMap<>();

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
    List<ContentItem> page = content().search(query, first, pageSize);
    platformIds =
        new HashMap<>(content().platformIds(page.stream().map(ContentItem::getId).toList()));
    return page;
  }

  /** The item's platforms if it is on the page last loaded, else read now. */
  List<Long> platformIdsOf(long contentId) {
    List<Long> loaded = platformIds.get(contentId);
    if (loaded != null) {
      return loaded;
    }
    return content().targets(contentId).stream().map(ContentTarget::getPlatformId).toList();
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
