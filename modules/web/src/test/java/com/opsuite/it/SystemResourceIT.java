package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every vertical in the WAR registers itself through the SPI and speaks both languages. */
@ExtendWith(ArquillianExtension.class)
class SystemResourceIT {

  @ArquillianResource URL base;

  @Test
  void listsEveryVerticalInChinese() throws Exception {
    Map<String, String> names = moduleNames("zh-CN,zh;q=0.9");

    assertEquals(
        List.of("app-ops", "dental-ops", "gas-inspection", "online-ops"),
        List.copyOf(names.keySet()));
    assertEquals("燃气稽查与安检", names.get("gas-inspection"));
    assertEquals("网络运营", names.get("online-ops"));
  }

  @Test
  void listsEveryVerticalInEnglish() throws Exception {
    Map<String, String> names = moduleNames("en-US,en;q=0.9");

    assertEquals("Gas inspection", names.get("gas-inspection"));
    assertEquals("Dental clinic marketing", names.get("dental-ops"));
  }

  @Test
  void fallsBackToChineseForOtherLanguages() throws Exception {
    assertEquals("App 运营", moduleNames("fr-FR").get("app-ops"));
  }

  private Map<String, String> moduleNames(String acceptLanguage) throws Exception {
    HttpResponse<String> response =
        Http.get(base.toURI().resolve("api/v1/system"), "Accept-Language", acceptLanguage);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).getJsonArray("modules").getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                m -> m.getString("id"),
                m -> m.getString("name"),
                (a, b) -> a,
                java.util.TreeMap::new));
  }
}
