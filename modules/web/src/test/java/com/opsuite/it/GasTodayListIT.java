package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An inspector's Today list over REST (the page shows the same lines): ordered by area name, then
 * address, across areas; and narrowed by a search over customer number, name, address and area,
 * every word having to match.
 */
@ExtendWith(ArquillianExtension.class)
class GasTodayListIT {

  @ArquillianResource URL base;

  @Test
  void theListIsOrderedByAreaThenAddressAndNarrowedBySearch() throws Exception {
    GasField field = new GasField(base.toURI(), "today-list");
    GasCompany company = field.company;
    GasCompany.Person he = field.inspector("he", "GS-1010");
    // Created after "East district", so its id is higher: only its name puts it first.
    long central = company.area("C1", "Central district");
    long birch =
        company.task(
            "PLANNED_INSPECTION",
            company.customer("T-1", "Chen Jianguo", "RESIDENTIAL", field.area, "3 Birch Road"),
            field.area,
            he.userId(),
            LocalDate.now(),
            "plan:today:T-1");
    long cedar5 = taskIn(company, central, he, "T-3", "5 Cedar Road");
    long aspen = field.taskFor(he, "T-2", "1 Aspen Road");
    long cedar2 = taskIn(company, central, he, "T-4", "2 Cedar Road");
    field.taskFor(field.inspector("other", "GS-1011"), "T-5", "4 Aspen Road");

    assertEquals(
        List.of(
            "Central district|2 Cedar Road",
            "Central district|5 Cedar Road",
            "East district|1 Aspen Road",
            "East district|3 Birch Road"),
        mine(field, null).stream()
            .map(l -> l.getString("areaName") + "|" + l.getString("address"))
            .toList(),
        "area by name, then address; another inspector's task is not listed");
    assertEquals(List.of(cedar2, cedar5, aspen, birch), ids(mine(field, null)));

    assertEquals(List.of(cedar2, cedar5), ids(mine(field, "cedar")), "by address, any case");
    assertEquals(List.of(birch), ids(mine(field, "Chen")), "by customer name");
    assertEquals(List.of(aspen), ids(mine(field, "T-2")), "by customer number");
    assertEquals(List.of(cedar2, cedar5), ids(mine(field, "central")), "by area");
    assertEquals(List.of(cedar5), ids(mine(field, " central  5 ")), "every word must match");
    assertEquals(List.of(), ids(mine(field, "Willow")), "nothing matches");
  }

  private static long taskIn(
      GasCompany company, long area, GasCompany.Person person, String customerNo, String address) {
    return company.task(
        "PLANNED_INSPECTION",
        company.household(customerNo, area, address),
        area,
        person.userId(),
        LocalDate.now(),
        "plan:today:" + customerNo);
  }

  private static List<JsonObject> mine(GasField field, String search) {
    String query = search == null ? "" : "?q=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
    return Http.jsonArray(Http.get(field.api("tasks/mine" + query), field.company.as("he")))
        .getValuesAs(JsonObject.class);
  }

  private static List<Long> ids(List<JsonObject> lines) {
    return lines.stream().map(l -> l.getJsonNumber("taskId").longValue()).toList();
  }
}
