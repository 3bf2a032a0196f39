package com.opsuite.bench.data;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintStream;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The one large gas utility {@code bench-gas-big}: signed up through the REST API with the gas
 * module, the bench user holding every gas role, 200 service areas and 400 inspectors (two per
 * area) through the API, then customers, meters, cards and purchases generated set-based ({@link
 * GasBulkLoad}) in the real areas. Built again it is only read back.
 */
final class BigGas {

  static final String CODE = "bench-gas-big";
  static final int AREAS = 200;
  static final int INSPECTORS_PER_AREA = 2;

  private final URI base;
  private final Connection superuser;
  private final PrintStream out;

  BigGas(URI base, Connection superuser, PrintStream out) {
    this.base = base;
    this.superuser = superuser;
    this.out = out;
  }

  BigGasTenant buildOrRead(int customers, int purchasesPerCustomer) throws SQLException {
    BigGasTenant existing = read();
    if (existing != null) {
      out.println(CODE + " exists: read back");
      return existing;
    }
    if (!RestClient.signUp(
        base,
        CODE,
        "Bench big gas utility",
        TemplateTenant.ADMIN_EMAIL,
        TemplateTenant.PASSWORD,
        "gas-inspection")) {
      throw new IllegalStateException(
          CODE + " exists without customers (unfinished): drop the database and start again");
    }
    long start = System.nanoTime();
    RestClient admin =
        new RestClient(base, CODE, TemplateTenant.ADMIN_EMAIL, TemplateTenant.PASSWORD);
    List<String> gasRoles = new ArrayList<>();
    for (JsonObject role : admin.getArray("core/roles").getValuesAs(JsonObject.class)) {
      if (role.getString("code").startsWith("gas-inspection.")) {
        gasRoles.add(role.getString("code"));
      }
    }
    user(admin, TemplateTenant.EMAIL, "Bench operator", gasRoles);
    List<Long> areas = new ArrayList<>();
    for (int a = 1; a <= AREAS; a++) {
      areas.add(
          admin
              .created(
                  "gas-inspection/areas",
                  Json.createObjectBuilder().add("code", "A" + a).add("name", "Area " + a).build())
              .getJsonNumber("id")
              .longValue());
    }
    for (int i = 0; i < AREAS * INSPECTORS_PER_AREA; i++) {
      long user =
          user(
              admin,
              "inspector" + (i + 1) + "@bench.example",
              "Inspector " + (i + 1),
              List.of("gas-inspection.inspector"));
      admin.put(
          "gas-inspection/inspectors/" + user,
          Json.createObjectBuilder()
              .add("badgeNo", String.format("B%04d", i + 1))
              .add("areaIds", Json.createArrayBuilder(List.of(areas.get(i / INSPECTORS_PER_AREA))))
              .build());
    }
    StepClock clock = new StepClock(out);
    clock.print("areas and inspectors (REST)", StepClock.since(start));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    new GasBulkLoad(superuser, CODE, clock).load(areas, customers, purchasesPerCustomer, today);
    return read();
  }

  private static long user(RestClient admin, String email, String name, List<String> roles) {
    return admin
        .created(
            "core/users",
            Json.createObjectBuilder()
                .add("email", email)
                .add("displayName", name)
                .add("password", TemplateTenant.PASSWORD)
                .add("roles", Json.createArrayBuilder(roles))
                .build())
        .getJsonNumber("id")
        .longValue();
  }

  /** The tenant as stored, or null when it has no customers yet. */
  private BigGasTenant read() throws SQLException {
    try (PreparedStatement ps =
        superuser.prepareStatement(
            "SELECT min(id), max(id), count(*), (SELECT count(*) FROM gas_purchase WHERE"
                + " tenant_id = ?) FROM gas_customer WHERE tenant_id = ?")) {
      ps.setString(1, CODE);
      ps.setString(2, CODE);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getLong(3) == 0) {
          return null;
        }
        return new BigGasTenant(
            CODE,
            TemplateTenant.EMAIL,
            TemplateTenant.PASSWORD,
            rs.getLong(1),
            rs.getLong(2),
            rs.getLong(3),
            rs.getLong(4));
      }
    }
  }
}
