#!/usr/bin/env bash
# Start-up of the product (not part of `mvn verify`): starts Payara Micro with the WAR as `bin/run`
# does, several times, and reports for each start the seconds from process start to
# /health/ready answering UP, the CPU seconds the process used until then (steadier than the wall
# time on a shared, loaded machine) and its resident memory then; then the median of the warm
# starts. The first start runs against an empty database (BENCH_DB, dropped first), so
# it includes provisioning and every migration; the others find the schema in place.
#   bench/startup-bench.sh [starts, default 5]
# Environment: OPSUITE_SKIP_BUILD=true to use the WAR already built; BENCH_PORT (default 18480);
# BENCH_DB, the scratch database (default opsuite_bench_startup; dropped before and after);
# BENCH_OUT, a file the table is also written to; the OPSUITE_DB_* variables as for bin/run.
set -euo pipefail
cd "$(dirname "$0")/.."

starts="${1:-5}"
port="${BENCH_PORT:-18480}"
database="${BENCH_DB:-opsuite_bench_startup}"
admin_url="${OPSUITE_DB_ADMIN_URL:-postgresql://${OPSUITE_DB_ADMIN_USER:-postgres}@127.0.0.1:5432/postgres}"

if [[ "${OPSUITE_SKIP_BUILD:-false}" != "true" ]]; then
  mvn -q -DskipTests package
fi

psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"

export OPSUITE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database"
export OPSUITE_PORT="$port" OPSUITE_SKIP_BUILD=true
# No demo tenants: the start measured is the product's own, not the application of tenant files.
export OPSUITE_TENANTS_DIR="$(mktemp -d)"
log="$(mktemp)"

rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }

table="$(printf '%-6s %-26s %10s %9s %9s\n' start database seconds 'CPU s' 'RSS MiB')"
warm=()
warm_cpu=()
for ((i = 1; i <= starts; i++)); do
  t0=$(date +%s.%N)
  bin/run >"$log" 2>&1 &
  pid=$!
  ready=""
  for _ in $(seq 1 1800); do
    if curl -sf "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"UP"'; then
      ready=$(date +%s.%N)
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [[ -z "$ready" ]]; then
    kill "$pid" 2>/dev/null || true
    echo "start $i did not become ready; the log:" >&2
    tail -50 "$log" >&2
    exit 1
  fi
  seconds=$(echo "$ready - $t0" | bc -l)
  rss=$(rss_mib "$pid")
  cpu=$(cpu_seconds "$pid")
  kind="warm (schema in place)"
  ((i == 1)) && kind="cold (empty database)"
  ((i > 1)) && warm+=("$seconds") && warm_cpu+=("$cpu")
  table+=$'\n'"$(printf '%-6s %-26s %10.1f %9s %9s' "$i" "$kind" "$seconds" "$cpu" "$rss")"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done

median() {
  printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END {
    if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
if ((${#warm[@]})); then
  table+=$'\n'"$(printf 'median of the warm starts: %.1f s, %.1f CPU s' "$(median "${warm[@]}")" \
    "$(median "${warm_cpu[@]}")")"
fi
table+=$'\n'"load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"

echo "$table"
[[ -n "${BENCH_OUT:-}" ]] && echo "$table" >"$BENCH_OUT"
psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
