package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A body that is not JSON, or JSON of the wrong shape, is the caller's mistake: 400 with a message
 * in their language, never 500, and nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class MalformedBodyIT {

  @ArquillianResource URL base;

  @Test
  void aBodyThatIsNotJsonOfTheExpectedShapeIsRefusedWith400() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "badjson");
    URI units = base.toURI().resolve("api/v1/core/org/units");
    int before = Http.jsonArray(Http.get(units, asTenant(tenant))).size();
    for (String body :
        List.of(
            "{\"kind\": \"DEPARTMENT\", \"name\": ",
            "not json at all",
            "{\"kind\": \"DEPARTMENT\", \"name\": \"Ops\", \"parentId\": \"the company\"}",
            "[1, 2, 3]")) {
      HttpResponse<String> response =
          Http.post(units, body, asTenant(tenant, "Accept-Language", "zh-CN"));
      assertEquals(400, response.statusCode(), body + " -> " + response.body());
      JsonObject problem = Http.json(response);
      assertTrue(problem.getString("detail").contains("JSON"), "a reason in Chinese: " + problem);
      assertTrue(problem.getString("detail").contains("未保存"), problem.toString());
    }
    HttpResponse<String> english =
        Http.post(
            base.toURI().resolve("api/v1/core/approvals"),
            "{\"type\": \"core.expense-claim\", \"fields\": {\"amount\": ",
            asTenant(tenant, "Accept-Language", "en"));
    assertEquals(400, english.statusCode(), english.body());
    assertTrue(Http.json(english).getString("detail").contains("Nothing was saved"));
    assertEquals(before, Http.jsonArray(Http.get(units, asTenant(tenant))).size(), "none stored");
  }
}
