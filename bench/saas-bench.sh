#!/usr/bin/env bash
# The SaaS-scale benchmark (issue 11; not part of `mvn verify`): builds the product and the harness
# (bench/, Maven profile bench), starts the product on its own database, generates the tenants and
# the large gas tenant through the product's schema, drives every load scenario, and writes one
# table (bench/results/saas-bench.md unless BENCH_OUT says otherwise).
#   bench/saas-bench.sh [all|data|load]
#     all   everything, from an empty database (the default; the database is dropped first)
#     data  only the template tenant and the large gas tenant (the machine may be busy meanwhile)
#     load  goes on from `data`: the tenant stages, every scenario, the table
# Environment: BENCH_PORT (18480), BENCH_DB (opsuite_bench), BENCH_OPTS (system properties of
# com.opsuite.bench.BenchSettings, e.g. "-Dbench.seconds=30 -Dbench.stages=10,100"), JAVA_OPTS for
# the product's JVM, OPSUITE_SKIP_BUILD=true to use what is built.
set -euo pipefail
cd "$(dirname "$0")/.."

phase="${1:-all}"
port="${BENCH_PORT:-18480}"
db="${BENCH_DB:-opsuite_bench}"
admin_url="postgresql://${OPSUITE_DB_ADMIN_USER:-postgres}@127.0.0.1:5432/postgres"

if [[ "${OPSUITE_SKIP_BUILD:-false}" != "true" ]]; then
  mvn -q -DskipTests package
fi
# One reactor run, so the harness gets the modules just built rather than copies in ~/.m2.
mvn -q -o -Pbench -pl bench -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath

if [[ "$phase" == "all" ]]; then
  psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
fi

export OPSUITE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" OPSUITE_PORT="$port"
export OPSUITE_SKIP_BUILD=true OPSUITE_TENANTS_DIR="$(mktemp -d)"
# The nightly jobs stay out of the measured runs; bench/blacklist-bench.sh measures the blacklist.
export OPSUITE_GAS_BLACKLIST_RUN_AT=off OPSUITE_ONLINE_CADENCE_WARN_AT=off
export OPSUITE_ONLINE_TICKET_ALERT_MINUTES=0
mkdir -p bench/target
bin/run >bench/target/app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$app" 2>/dev/null || { tail -50 bench/target/app.log >&2; exit 1; }
  sleep 0.5
done

java -Xmx2g --add-opens java.base/java.lang=ALL-UNNAMED ${BENCH_OPTS:-} \
  -Dbench.phase="$phase" -Dbench.pid="$app" -Dbench.base="http://127.0.0.1:$port/" \
  -Dbench.db="$db" -Dbench.out="${BENCH_OUT:-bench/results/saas-bench.md}" \
  -cp "bench/target/classes:$(cat bench/target/bench.classpath)" com.opsuite.bench.SaasBenchmark

if [[ "$phase" != "data" ]]; then
  kill "$app"
  wait "$app" 2>/dev/null || true
  out="${BENCH_OUT:-bench/results/saas-bench.md}"
  startup="$(BENCH_PORT="$port" bench/startup-bench.sh "${BENCH_STARTS:-5}")"
  printf '\n### Start-up to ready (bench/startup-bench.sh)\n\n```\n%s\n```\n' "$startup" >>"$out"
  echo "$startup"
fi
