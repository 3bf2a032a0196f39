#!/usr/bin/env bash
# Tenant export and import at scale (not part of `mvn verify`): builds the product and the harness,
# starts the product (`bin/run`) on a scratch database, generates the big gas tenant (areas and
# inspectors through REST, then customers with a meter and a card each set-based in SQL), exports
# it through the API with progress, downloads the archive, imports it as a new tenant through the
# platform operator's API and compares the row counts; then stops the product and drops the
# database (BENCH_KEEP=true keeps it, and a later run with it reuses the tenant and drops the copy).
#   BENCH_CUSTOMERS=333334 BENCH_PURCHASES=0 bench/export-bench.sh   # about 1,000,000 rows
# Environment: BENCH_DB (default opsuite_bench_export), BENCH_PORT (default 18517),
# OPSUITE_SKIP_BUILD=true to use what is built.
set -euo pipefail
cd "$(dirname "$0")/.."

database="${BENCH_DB:-opsuite_bench_export}"
port="${BENCH_PORT:-18517}"
customers="${BENCH_CUSTOMERS:-333334}"
purchases="${BENCH_PURCHASES:-0}"
admin_url="postgresql://${OPSUITE_DB_ADMIN_USER:-postgres}@127.0.0.1:5432/postgres"

if [[ "${OPSUITE_SKIP_BUILD:-false}" != "true" ]]; then
  # One reactor run, so the harness's classpath names the modules' fresh jars.
  mvn -o -q -Pbench -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath
fi

if [[ "${BENCH_KEEP:-false}" != "true" ]]; then
  psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
fi
export OPSUITE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" OPSUITE_PORT="$port"
export OPSUITE_SKIP_BUILD=true OPSUITE_TENANTS_DIR="$(mktemp -d)" OPSUITE_EXPORT_DIR="$(mktemp -d)"
export OPSUITE_PLATFORM_OPERATOR_PASSWORD="Bench-operator-2026"
export OPSUITE_GAS_BLACKLIST_RUN_AT=off OPSUITE_ONLINE_CADENCE_WARN_AT=off
export OPSUITE_ONLINE_TICKET_ALERT_MINUTES=0
mkdir -p bench/target
bin/run >bench/target/export-app.log 2>&1 &
app=$!
stop() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  rm -rf "$OPSUITE_EXPORT_DIR"
  if [[ "${BENCH_KEEP:-false}" != "true" ]]; then
    psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
  fi
}
trap stop EXIT
for _ in $(seq 1 1800); do
  curl -sf "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$app" 2>/dev/null || { tail -50 bench/target/export-app.log >&2; exit 1; }
  sleep 0.5
done

java ${BENCH_OPTS:-} -cp "bench/target/classes:$(cat bench/target/bench.classpath)" \
  com.opsuite.bench.export.TenantExportBenchmark "http://127.0.0.1:$port/" \
  "jdbc:postgresql://127.0.0.1:5432/$database?user=${OPSUITE_DB_ADMIN_USER:-postgres}" \
  "$customers" "$purchases" "$OPSUITE_PLATFORM_OPERATOR_PASSWORD"
