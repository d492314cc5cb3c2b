#!/usr/bin/env bash
# Four years of governance on the embedded H2 database with the engine clock, and the bare engine's step rate on the
# same database: src/test/java/dk/kk/almenstyring/bench/GovernanceYears.java. Prints wall time, process instances,
# tasks completed, jobs executed, mails sent (to a sink that answers at once), the database size, and CPU per engine
# step for the product and the bare engine. Exits non-zero on any failed job, incident or task nobody could do.
#
#   bash bench/governance-years.sh
#   BENCH_YEARS=1 bash bench/governance-years.sh            # one year only
#   BENCH_PROFILE=1 bash bench/governance-years.sh          # and a JFR recording of the simulated years, summarised
#   BENCH_MEETINGS_ONLY=1 bash bench/governance-years.sh    # the meetings without the agreements
#   BENCH_H2_OPTIONS=";CACHE_SIZE=131072" bash bench/governance-years.sh   # H2 settings to try
#   BENCH_QUERY_STATISTICS=1 bash bench/governance-years.sh # and the 30 statements that took longest (H2's statistics)
#   BENCH_DB=postgres bash bench/governance-years.sh        # on PostgreSQL: the local server .ci/run starts (127.0.0.1:5432,
#                                   user postgres, password ALMEN_TEST_PG_PASSWORD or almen-test); database almen_bench, made anew
#
# Builds into BENCH_BUILD_DIR (/tmp/build-bench); the database and the sink's file go to BENCH_DIR (/tmp/bench-governance).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BUILD="${BENCH_BUILD_DIR:-/tmp/build-bench}"
DIR="${BENCH_DIR:-/tmp/bench-governance}"
JVM_ARGS="${BENCH_JVM_ARGS:--Xmx1g}"
OPTIONS="-Dbench.years=${BENCH_YEARS:-4} -Dbench.dir=$DIR -Dbench.bare-instances=${BENCH_BARE_INSTANCES:-300}"
[ -n "${BENCH_MEETINGS_ONLY:-}" ] && OPTIONS="$OPTIONS -Dbench.meetings-only=true"
[ -n "${BENCH_QUERY_STATISTICS:-}" ] && OPTIONS="$OPTIONS -Dbench.query-statistics=true"
[ -n "${BENCH_H2_OPTIONS:-}" ] && OPTIONS="$OPTIONS -Dbench.h2-options=$BENCH_H2_OPTIONS"
# more system properties, e.g. application settings to try: BENCH_OPTIONS="-Dcamunda.bpm.history-level=audit"
OPTIONS="$OPTIONS ${BENCH_OPTIONS:-}"
if [ -n "${BENCH_PROFILE:-}" ]; then
  mkdir -p "$BUILD"
  rm -f "$BUILD/governance-years.jfr"
  OPTIONS="$OPTIONS -Dbench.jfr=$BUILD/governance-years.jfr"
  # the engine's stacks are deep: JFR's default of 64 frames would cut off the commands they run in
  JVM_ARGS="$JVM_ARGS -XX:FlightRecorderOptions:stackdepth=512"
fi
if [ "${BENCH_DB:-h2}" = postgres ]; then
  pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not running on 127.0.0.1:5432: start it as .ci/run does" >&2; exit 2; }
  (cd / && su postgres -c "psql -v ON_ERROR_STOP=1 -q -c 'DROP DATABASE IF EXISTS almen_bench WITH (FORCE)' -c 'CREATE DATABASE almen_bench'" </dev/null)
  OPTIONS="$OPTIONS -Dbench.pg-url=jdbc:postgresql://127.0.0.1:5432/almen_bench -Dbench.pg-password=${ALMEN_TEST_PG_PASSWORD:-almen-test}"
fi
status=0
./mvnw -B -q -Pbench -Dbuild.dir="$BUILD" "-Dbench.jvmArgs=$JVM_ARGS" "-Dbench.options=$OPTIONS" process-classes || status=$?
if [ -n "${BENCH_PROFILE:-}" ] && [ -f "$BUILD/governance-years.jfr" ]; then
  python3 bench/jfr-summary.py "$BUILD/governance-years.jfr"
fi
exit $status
