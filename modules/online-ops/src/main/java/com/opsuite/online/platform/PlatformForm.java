package com.opsuite.online.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A platform as the API and the page send it. The constraints' messages are keys of the module's
 * bundle; {@code version} is the one loaded, required to change a platform.
 */
public record PlatformForm(
    @NotBlank(message = "platform.kind.required") String kind,
    @NotBlank(message = "platform.name.required")
        @Size(max = 100, message = "platform.name.tooLong")
        String name,
    Long ownerId,
    @Size(max = 500, message = "platform.url.tooLong")
        @Pattern(regexp = "https?://\\S+", message = "platform.url.invalid")
        String url,
    Long version) {

  static PlatformForm orEmpty(PlatformForm form) {
    return form == null ? new PlatformForm(null, null, null, null, null) : form;
  }

  /** Names without surrounding blanks; an empty address is no address. */
  PlatformForm normalized() {
    return new PlatformForm(
        kind == null ? null : kind.strip(),
        name == null ? null : name.strip(),
        ownerId,
        url == null || url.isBlank() ? null : url.strip(),
        version);
  }

  /** The same form with the version taken from elsewhere (an If-Match header). */
  PlatformForm withVersion(Long given) {
    return new PlatformForm(kind, name, ownerId, url, given);
  }
}
