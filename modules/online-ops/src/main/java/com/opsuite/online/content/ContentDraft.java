package com.opsuite.online.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * What an editor writes: the same shape creates a piece and saves a new revision of it. The
 * constraints' messages are keys of the module's bundle.
 */
public record ContentDraft(
    @NotBlank(message = "content.title.required")
        @Size(max = 200, message = "content.title.tooLong")
        String title,
    @Size(max = 200_000, message = "content.body.tooLong") String body,
    @NotNull(message = "content.kind.required") ContentKind kind,
    @Size(max = 20, message = "content.platforms.tooMany") List<Long> platformIds,
    Instant plannedAt,
    Long ownerId,
    Long occasionId,
    boolean companyProject,
    boolean confidential,
    @Size(max = 500, message = "content.note.tooLong") String note) {

  public List<Long> platforms() {
    return platformIds == null
        ? List.of()
        : platformIds.stream().filter(p -> p != null).distinct().toList();
  }
}
