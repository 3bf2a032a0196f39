package com.opsuite.bench.data;

import jakarta.json.Json;
import java.net.URI;

/**
 * Proof that a copied tenant works and stays apart, through the REST API as the bench user: it
 * signs in to the copy and reads a customer and a ticket under the template's ids; its lists hold
 * exactly the template's number of rows (not those of every copy); and a ticket it opens is
 * invisible (404) to the template's token.
 */
final class CopyCheck {

  private final URI base;

  CopyCheck(URI base) {
    this.base = base;
  }

  void verify(String copy, TypicalTenants template) {
    RestClient tenant = new RestClient(base, copy, template.email(), template.password());
    tenant.getObject("gas-inspection/customers/" + template.customerIds().get(0));
    tenant.getObject("online-ops/tickets/" + template.ticketIds().get(0));
    long customers =
        tenant.getObject("gas-inspection/customers?size=1").getJsonNumber("total").longValue();
    if (customers != template.customerIds().size()) {
      throw new IllegalStateException(
          copy
              + " lists "
              + customers
              + " customers, the template has "
              + template.customerIds().size());
    }
    long opened =
        tenant
            .created(
                "online-ops/tickets",
                Json.createObjectBuilder()
                    .add("kind", "INQUIRY")
                    .add("contactName", "Isolation check")
                    .add("contactHandle", "isolation@bench.example")
                    .add("channel", "e-mail")
                    .add("content", "Visible only to " + copy)
                    .build())
            .getJsonObject("ticket")
            .getJsonNumber("id")
            .longValue();
    RestClient other =
        new RestClient(base, TemplateTenant.CODE, template.email(), template.password());
    int status = other.status("online-ops/tickets/" + opened);
    if (status != 404) {
      throw new IllegalStateException(
          TemplateTenant.CODE + " reads " + copy + "'s ticket " + opened + ": " + status);
    }
    tenant.getObject("online-ops/tickets/" + opened);
  }
}
