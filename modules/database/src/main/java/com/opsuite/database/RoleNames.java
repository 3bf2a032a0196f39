package com.opsuite.database;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the database and role names taken from configuration before they reach any SQL. */
final class RoleNames {

  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private RoleNames() {}

  static String require(String name) {
    if (name == null || !PLAIN_IDENTIFIER.matcher(name).matches()) {
      throw new IllegalStateException(
          "Database and role names must be lower-case letters, digits and underscores: " + name);
    }
    return name;
  }

  /**
   * The administrator, the schema owner and the application role must be three roles: an
   * application that connects as the owner or a superuser is not bound by row-level security.
   */
  static void requireDistinct(String admin, String owner, String app) {
    Set<String> names = new HashSet<>();
    for (String name : new String[] {admin, owner, app}) {
      if (!names.add(require(name))) {
        throw new IllegalStateException(
            "opsuite.db admin, owner and app users must differ; '" + name + "' is used twice");
      }
    }
  }
}
