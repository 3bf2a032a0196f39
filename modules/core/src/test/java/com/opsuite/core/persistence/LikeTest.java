package com.opsuite.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikeTest {

  @Test
  void wildcardsTypedByTheUserMeanThemselves() {
    assertEquals("%100\\% off\\_a\\\\b%", Like.containing("  100% OFF_a\\b "));
  }

  @Test
  void chineseWordsAreKeptAsTyped() {
    assertEquals("%报销%", Like.containing("报销"));
  }
}
