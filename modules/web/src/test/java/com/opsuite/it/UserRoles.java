package com.opsuite.it;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * Sets a user's roles over REST as an administrator does: reads the user's {@code rolesVersion}
 * from the list and sends it back as {@code If-Match}, which the operation requires.
 */
final class UserRoles {

  private UserRoles() {}

  /** {@code PUT /users/{id}/roles} with the JSON array of role codes, as the caller given. */
  static HttpResponse<String> set(URI root, long userId, String roles, String... headers) {
    return Http.put(
        root.resolve("api/v1/core/users/" + userId + "/roles"),
        roles,
        ifMatch(version(root, userId, headers), headers));
  }

  /** The user's roles version as the caller reads it in the list of users. */
  static long version(URI root, long userId, String... headers) {
    return Http.jsonArray(Http.get(root.resolve("api/v1/core/users"), headers))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(u -> u.getJsonNumber("id").longValue() == userId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no user " + userId))
        .getJsonNumber("rolesVersion")
        .longValue();
  }

  static String[] ifMatch(long version, String... headers) {
    String[] with = Arrays.copyOf(headers, headers.length + 2);
    with[headers.length] = "If-Match";
    with[headers.length + 1] = "\"" + version + "\"";
    return with;
  }
}
