package com.opsuite.gas.inspection;

import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Photos and the customer's signature of a draft inspection: each stored with its real type (read
 * from its first bytes), size, SHA-256, uploader and time, within the installation's bounds.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class EvidenceService {

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  @Inject InspectionService inspections;
  @Inject EvidenceLimits limits;

  /** A photo, of one checklist item ({@code itemCode}) or of the visit as a whole (null). */
  public Evidence addPhoto(long inspectionId, String itemCode, byte[] bytes, long userId) {
    if (itemCode != null && CheckItem.ofCode(itemCode) == null) {
      throw InspectionRefused.invalid("inspection.refused.unknownItem", itemCode);
    }
    ImageType type = checked(bytes, limits.maxPhotoBytes());
    inspections.editable(inspectionId, userId);
    long photos =
        em.createQuery(
                "SELECT COUNT(e) FROM Evidence e WHERE e.inspectionId = :id AND e.kind = :photo",
                Long.class)
            .setParameter("id", inspectionId)
            .setParameter("photo", EvidenceKind.PHOTO)
            .getSingleResult();
    if (photos >= limits.maxPhotos()) {
      throw InspectionRefused.unacceptable("inspection.evidence.tooMany", limits.maxPhotos());
    }
    return store(inspectionId, itemCode, EvidenceKind.PHOTO, type, bytes, userId);
  }

  /** The customer's signature; signing again replaces it while the inspection is a draft. */
  public Evidence sign(long inspectionId, byte[] bytes, long userId) {
    ImageType type = checked(bytes, limits.maxSignatureBytes());
    inspections.editable(inspectionId, userId);
    em.createQuery(
            "SELECT e FROM Evidence e WHERE e.inspectionId = :id AND e.kind = :signature",
            Evidence.class)
        .setParameter("id", inspectionId)
        .setParameter("signature", EvidenceKind.SIGNATURE)
        .getResultList()
        .forEach(em::remove);
    // The one-signature index is checked per statement: the old row goes before the new one comes.
    em.flush();
    return store(inspectionId, null, EvidenceKind.SIGNATURE, type, bytes, userId);
  }

  /** A stored item with its bytes; 404 for an id this tenant does not have. */
  public Evidence get(long id) {
    Evidence evidence = em.find(Evidence.class, id);
    if (evidence == null) {
      throw InspectionRefused.notFound();
    }
    return evidence;
  }

  /** A photo the inspector took by mistake goes again, while the inspection is a draft. */
  public void removePhoto(long evidenceId, long userId) {
    Evidence evidence = get(evidenceId);
    inspections.editable(evidence.getInspectionId(), userId);
    if (evidence.getKind() != EvidenceKind.PHOTO) {
      throw InspectionRefused.notFound();
    }
    em.remove(evidence);
  }

  private Evidence store(
      long inspectionId,
      String itemCode,
      EvidenceKind kind,
      ImageType type,
      byte[] bytes,
      long userId) {
    Evidence evidence =
        new Evidence(
            inspectionId,
            itemCode,
            kind,
            type.mediaType(),
            bytes.length,
            sha256(bytes),
            bytes,
            userId);
    em.persist(evidence);
    em.flush();
    return evidence;
  }

  private static ImageType checked(byte[] bytes, int maxBytes) {
    if (bytes == null || bytes.length == 0) {
      throw InspectionRefused.invalid("inspection.evidence.empty");
    }
    if (bytes.length > maxBytes) {
      throw new InspectionRefused(
          413, "inspection.evidence.tooLarge", Math.max(1, maxBytes / 1024));
    }
    return ImageType.of(bytes)
        .orElseThrow(() -> InspectionRefused.unacceptable("inspection.evidence.notImage"));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }
}
