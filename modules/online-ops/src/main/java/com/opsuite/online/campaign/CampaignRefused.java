package com.opsuite.online.campaign;

import com.opsuite.online.OnlineTexts;
import java.util.List;
import java.util.Locale;

/**
 * A campaign request refused before anything was written: bad input (400, each field with a key of
 * the module's bundle), no such campaign in this tenant (404), or a state that does not allow it
 * now, including a stale version (409).
 */
public class CampaignRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient List<FieldKey> fields;
  private final String messageKey;
  private final transient Object[] args;

  /** A field at fault and the key that explains why. */
  public record FieldKey(String field, String messageKey) {}

  private CampaignRefused(int status, List<FieldKey> fields, String messageKey, Object... args) {
    super(status + " " + messageKey);
    this.status = status;
    this.fields = List.copyOf(fields);
    this.messageKey = messageKey;
    this.args = args;
  }

  public static CampaignRefused invalid(String field, String messageKey, Object... args) {
    return new CampaignRefused(400, List.of(new FieldKey(field, messageKey)), messageKey, args);
  }

  /** Several fields at fault; the first one's message is the problem's detail. */
  public static CampaignRefused invalid(List<FieldKey> fields) {
    return new CampaignRefused(400, fields, fields.get(0).messageKey());
  }

  public static CampaignRefused notFound() {
    return new CampaignRefused(404, List.of(), "campaign.problem.notFound");
  }

  public static CampaignRefused conflict(String messageKey, Object... args) {
    return new CampaignRefused(409, List.of(), messageKey, args);
  }

  public int status() {
    return status;
  }

  public List<FieldKey> fields() {
    return fields;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args;
  }

  /** The arguments as a reader sees them: a status by its name in the reader's language. */
  public Object[] args(Locale locale) {
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof CampaignStatus status) {
        shown[i] = OnlineTexts.text(locale, "campaign.status." + status.name());
      }
    }
    return shown;
  }
}
