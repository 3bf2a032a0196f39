package com.opsuite.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

  @Test
  void aStoredNameCannotEndTheScriptAndReadsBackUnchanged() {
    String name = "</script><script>alert(1)</script> & \u2028 \"quoted\"";
    JsonObject chart =
        Json.createObjectBuilder()
            .add("labels", Json.createArrayBuilder().add(name))
            .add("max", 5)
            .build();

    String written = ScriptJson.of(chart);

    assertFalse(written.contains("<"), written);
    assertFalse(written.contains(">"), written);
    assertFalse(written.contains("&"), written);
    assertFalse(written.contains("\u2028"), written);
    JsonObject read = Json.createReader(new StringReader(written)).readObject();
    assertEquals(name, read.getJsonArray("labels").getString(0));
    assertEquals(chart, read);
  }
}
