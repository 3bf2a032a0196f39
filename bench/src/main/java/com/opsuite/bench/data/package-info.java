/**
 * The data generator: a template tenant built through the product's REST API, copied in SQL to as
 * many tenants as a stage needs, and one large gas tenant generated set-based.
 */
package com.opsuite.bench.data;
