package com.opsuite.gas.inspection;

import java.io.IOException;
import java.io.InputStream;

/** Reads an upload up to a limit and refuses (413) as soon as it goes beyond: never all of it. */
final class BoundedRead {

  private BoundedRead() {}

  static byte[] atMost(InputStream in, int maxBytes) throws IOException {
    if (in == null) {
      return new byte[0];
    }
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new InspectionRefused(
          413, "inspection.evidence.tooLarge", Math.max(1, maxBytes / 1024));
    }
    return bytes;
  }
}
