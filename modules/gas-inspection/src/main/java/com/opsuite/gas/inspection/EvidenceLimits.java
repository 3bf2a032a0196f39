package com.opsuite.gas.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much evidence one inspection may carry: bounded so that a phone on a bad day (or a client
 * gone wrong) cannot fill the database. Installation settings (MicroProfile Config), e.g. {@code
 * OPSUITE_GAS_EVIDENCE_MAX_PHOTO_BYTES}.
 */
@ApplicationScoped
public class EvidenceLimits {

  @Inject
  @ConfigProperty(name = "opsuite.gas.evidence.max-photo-bytes", defaultValue = "5242880")
  int maxPhotoBytes;

  @Inject
  @ConfigProperty(name = "opsuite.gas.evidence.max-photos", defaultValue = "20")
  int maxPhotos;

  /** A signature is a small PNG drawn on screen; anything bigger is not one. */
  @Inject
  @ConfigProperty(name = "opsuite.gas.evidence.max-signature-bytes", defaultValue = "1048576")
  int maxSignatureBytes;

  public int maxPhotoBytes() {
    return maxPhotoBytes;
  }

  public int maxPhotos() {
    return maxPhotos;
  }

  public int maxSignatureBytes() {
    return maxSignatureBytes;
  }
}
