package com.opsuite.gas.inspection;

import java.time.Instant;

/**
 * A stored photo or signature without its bytes: what lists and the completion check read. Its
 * components have the entity's field types, which the query's constructor expression matches.
 */
public record EvidenceInfo(
    Long id,
    String itemCode,
    EvidenceKind kind,
    String contentType,
    int sizeBytes,
    String sha256,
    Long uploadedBy,
    Instant uploadedAt) {}
