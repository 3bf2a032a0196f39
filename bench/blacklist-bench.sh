#!/usr/bin/env bash
# The no-purchase blacklist job at scale (not part of `mvn verify`): creates the database
# opsuite_bench (local PostgreSQL, roles opsuite_owner/opsuite_app as the product provisions them),
# migrates it, generates 1,000,000 customers and 20,000,000 purchases in one tenant, runs the job's
# own SQL twice as the application role (the second run must add nothing), prints the timings and
# drops the database. Options as system properties in BENCH_OPTS, e.g.
#   BENCH_OPTS="-Dbench.customers=100000 -Dbench.keep=true" bench/blacklist-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# One reactor run, so the classpath names the modules' fresh jars (never ~/.m2 copies).
mvn -o -q -Pbench -pl bench -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench.classpath

exec java ${BENCH_OPTS:-} -cp "bench/target/classes:$(cat bench/target/bench.classpath)" \
  com.opsuite.bench.BlacklistBenchmark
