package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A tenant's working days: China's holidays and make-up days built in, the tenant's own on top. */
@ExtendWith(ArquillianExtension.class)
class CalendarIT {

  @ArquillianResource URL base;

  @Test
  void workingDaysSkipTheSpringFestivalAndFollowTheTenantsOwnEntries() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "cal");

    // Friday 13 February 2026 + 1 working day: the 14th is a make-up working day (a Saturday).
    assertEquals("2026-02-14", plus(tenant, "2026-02-13", 1));
    // From the 14th, the Spring Festival holiday runs to the 23rd: the next working day is the
    // 24th.
    assertEquals("2026-02-24", plus(tenant, "2026-02-14", 1));

    assertEquals(
        200,
        Http.put(
                uri("api/v1/core/calendar/days/2026-02-24"),
                "{\"kind\":\"REST\",\"note\":\"公司年假\"}",
                asTenant(tenant))
            .statusCode());
    assertEquals(
        "2026-02-25", plus(tenant, "2026-02-14", 1), "the tenant's rest day is skipped too");

    String other = TestTenants.signUp(base.toURI(), "cal-other");
    assertEquals(
        "2026-02-24", plus(other, "2026-02-14", 1), "another tenant's calendar is unaffected");

    JsonObject year = Http.json(Http.get(uri("api/v1/core/calendar/2026"), asTenant(tenant)));
    assertTrue(year.getBoolean("officialSchedule"));
    assertTrue(year.getJsonArray("makeUpWorkdays").toString().contains("2026-02-14"));
    assertEquals("公司年假", year.getJsonArray("entries").getJsonObject(0).getString("note"));
  }

  @Test
  void badEntriesAreRefusedWithAReason() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "cal-bad");

    HttpResponse<String> badDate =
        Http.put(
            uri("api/v1/core/calendar/days/2026-02-30"),
            "{\"kind\":\"REST\"}",
            asTenant(tenant, "Accept-Language", "en"));
    HttpResponse<String> badKind =
        Http.put(
            uri("api/v1/core/calendar/days/2026-02-20"),
            "{\"kind\":\"HOLIDAY\"}",
            asTenant(tenant, "Accept-Language", "zh-CN"));

    assertEquals(400, badDate.statusCode(), badDate.body());
    assertTrue(badDate.body().contains("is not a date"), badDate.body());
    assertEquals(400, badKind.statusCode(), badKind.body());
    assertTrue(badKind.body().contains("请选择该日为工作日还是休息日"), badKind.body());
  }

  private String plus(String tenant, String from, int days) throws Exception {
    HttpResponse<String> response =
        Http.get(
            uri("api/v1/core/calendar/working-days?from=" + from + "&add=" + days),
            asTenant(tenant));
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).getString("date");
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }
}
