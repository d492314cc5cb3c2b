#!/usr/bin/env bash
# Mail under faults, on PostgreSQL 15: does every due mail leave exactly once, and how fast?
#
# Each scenario starts from an empty database, starts one or two nodes of the application (the postgres profile,
# plus the bench model of src/test/java/dk/kk/almenstyring/bench/MailBench.java: N process instances whose timers
# fall due at the same moment, each sending one mail), disturbs them mid-burst, waits until every mail job is done,
# and counts what the SMTP peer (CountingSmtpServer.java) received by Message-ID against mail_log:
#
#   one-node        one node, no fault: the time for N mails to leave after their due time (target: 500 in 10 s)
#   two-nodes       two nodes share the burst
#   kill-node       two nodes; one is killed with kill -9 mid-burst and started again
#   kill-one-node   one node, killed with kill -9 mid-burst and started again
#   db-outage       one node; PostgreSQL is stopped for 30 s mid-burst
#   smtp-refusing   one node; the SMTP server answers 421 to every connection for 20 s mid-burst
#   two-nodes-start two nodes start together on an empty database, 5 times: no crash, no duplicate filter, group or
#                   authorization
#
# It prints one line per scenario and exits non-zero if any mail was lost or sent twice, or a start failed.
# "lost" counts mails that are neither received, nor UNKNOWN in mail_log (the operator's list), nor waiting in a
# job or an incident. It runs its own PostgreSQL cluster (15/mailfaults on port 5439) so that stopping it never
# touches another database on this machine. Needs root (pg_createcluster, su postgres), a JDK 17 and ~10 minutes.
#
#   bash bench/mail-faults.sh                     # every scenario
#   BENCH_SCENARIOS="one-node kill-node" bash bench/mail-faults.sh
#   BENCH_JOBS=200 bash bench/mail-faults.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

JOBS="${BENCH_JOBS:-500}"
SCENARIOS="${BENCH_SCENARIOS:-one-node two-nodes kill-node kill-one-node db-outage smtp-refusing two-nodes-start}"
STARTS="${BENCH_STARTS:-5}"
WORK="${BENCH_WORK_DIR:-/tmp/mail-faults}"
BUILD="${BENCH_BUILD_DIR:-/tmp/build-mail-faults}"
PG_VERSION=15
PG_CLUSTER="${BENCH_PG_CLUSTER:-mailfaults}"
PG_PORT="${BENCH_PG_PORT:-5439}"
DB="${BENCH_DB:-almen_faults}"
PG_PASSWORD="${BENCH_PG_PASSWORD:-almen-faults}"
HTTP_BASE="${BENCH_HTTP_BASE:-18380}"
SMTP_PORT="${BENCH_SMTP_PORT:-18325}"
# A killed node's jobs stay locked this long before another node (or the restarted one) takes them; the
# application's default is Camunda's 5 minutes (docs/operations.md).
LOCK_MS="${BENCH_LOCK_MS:-15000}"
# The Message-ID domain: the domain of almen.mail.from (application.yml).
MAIL_DOMAIN="kk.dk"

mkdir -p "$WORK"
# psql: no NOTICE for "drop … if exists"
export PGOPTIONS="--client-min-messages=warning"
FAILED=0
RESULTS=()
PIDS=()

log() { echo "== mail-faults: $*"; }

# ---------------------------------------------------------------------------------------------------- build
log "building (classes into $BUILD)"
[ -n "${BENCH_SKIP_BUILD:-}" ] && [ -f "$WORK/classpath.txt" ] || ./mvnw -B -q -Dbuild.dir="$BUILD" compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" \
  -Dmdep.includeScope=runtime >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
rm -rf "$WORK/bench-classes"
# Only the bench's own classes: the test suite's configurations must not be on the nodes' classpath.
javac -q -d "$WORK/bench-classes" -cp "$BUILD/classes:$(cat "$WORK/classpath.txt")" \
  src/test/java/dk/kk/almenstyring/bench/*.java 2>/dev/null \
  || javac -d "$WORK/bench-classes" -cp "$BUILD/classes:$(cat "$WORK/classpath.txt")" \
    src/test/java/dk/kk/almenstyring/bench/*.java
CLASSPATH_NODES="$BUILD/classes:$WORK/bench-classes:$(cat "$WORK/classpath.txt")"

# ---------------------------------------------------------------------------------------------------- PostgreSQL
pg_state() { pg_lsclusters --no-header | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c {print $4}'; }
if [ -z "$(pg_state)" ]; then
  log "creating PostgreSQL cluster $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
  pg_createcluster "$PG_VERSION" "$PG_CLUSTER" -p "$PG_PORT" >/dev/null
fi
pg_start() {
  if ! pg_state | grep -q online; then pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start; fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && return 0; sleep 1; done
  pg_isready -h 127.0.0.1 -p "$PG_PORT"
}
pg_stop() { pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" stop -m fast; }
# Left as found: a cluster that was stopped before the bench is stopped after it.
PG_WAS_ONLINE=no
pg_state | grep -q online && PG_WAS_ONLINE=yes
pg_start
su_psql() { (cd / && su postgres -c "psql -p $PG_PORT -v ON_ERROR_STOP=1 -q -c \"$1\"" </dev/null); }
su_psql "ALTER USER postgres PASSWORD '${PG_PASSWORD}'"
q() { PGPASSWORD="$PG_PASSWORD" psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB" -v ON_ERROR_STOP=1 -tAq -c "$1"; }
fresh_database() {
  su_psql "DROP DATABASE IF EXISTS ${DB} WITH (FORCE)"
  su_psql "CREATE DATABASE ${DB}"
}

# ---------------------------------------------------------------------------------------------------- processes
export SPRING_PROFILES_ACTIVE=postgres
export ALMEN_DB_URL="jdbc:postgresql://127.0.0.1:${PG_PORT}/${DB}"
export ALMEN_DB_USER=postgres ALMEN_DB_PASSWORD="$PG_PASSWORD"
export ALMEN_SMTP_HOST=127.0.0.1 ALMEN_SMTP_PORT="$SMTP_PORT" ALMEN_SMTP_SECURITY=plain
export ALMEN_ADMIN_USER=admin ALMEN_ADMIN_PASSWORD=bench-admin-secret ALMEN_ADMIN_EMAIL=admin@bench.example
export ALMEN_BASE_URL=http://localhost

SINK_PID=""
start_sink() {
  rm -f "$WORK/received.txt" "$WORK/received.txt.refuse"
  : >"$WORK/received.txt"
  java -cp "$WORK/bench-classes" dk.kk.almenstyring.bench.CountingSmtpServer "$SMTP_PORT" "$WORK/received.txt" \
    >"$WORK/sink.log" 2>&1 &
  SINK_PID=$!
  PIDS+=("$SINK_PID")
  for _ in $(seq 1 50); do grep -q listening "$WORK/sink.log" 2>/dev/null && return 0; sleep 0.2; done
  echo "SMTP sink did not start" >&2; cat "$WORK/sink.log" >&2; exit 1
}
stop_pid() { local pid="$1"; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }

# start_node <name> <index> [extra arguments]: in the background; its pid is in $WORK/<name>.pid
start_node() {
  local name="$1" index="$2"; shift 2
  java -Xmx512m -XX:+UseSerialGC -cp "$CLASSPATH_NODES" dk.kk.almenstyring.bench.MailBench \
    --server.port=$((HTTP_BASE + index)) \
    --camunda.bpm.job-execution.lock-time-in-millis="$LOCK_MS" \
    --logging.level.org.camunda.bpm.engine.jobexecutor=WARN \
    "$@" >>"$WORK/$name.log" 2>&1 &
  echo $! >"$WORK/$name.pid"
  PIDS+=("$!")
}
node_pid() { cat "$WORK/$1.pid"; }
alive() { kill -0 "$(node_pid "$1")" 2>/dev/null; }
# wait_started <name>...: until each log says "Started", or fail when a node died first
wait_started() {
  local deadline=$((SECONDS + 240))
  for name in "$@"; do
    until grep -q "Started MailBench" "$WORK/$name.log" 2>/dev/null; do
      if ! alive "$name"; then echo "node $name died while starting" >&2; return 1; fi
      if [ "$SECONDS" -gt "$deadline" ]; then echo "node $name did not start in 240 s" >&2; return 1; fi
      sleep 1
    done
  done
}
stop_nodes() {
  for name in "$@"; do
    if [ -f "$WORK/$name.pid" ]; then stop_pid "$(node_pid "$name")"; rm -f "$WORK/$name.pid"; fi
  done
}
received() { wc -l <"$WORK/received.txt" | tr -d ' '; }
wait_received() { # wait_received <count>: until the sink has at least that many mails (or 120 s)
  local deadline=$((SECONDS + 120))
  until [ "$(received)" -ge "$1" ] || [ "$SECONDS" -gt "$deadline" ]; do sleep 0.2; done
}
due_at_millis() { grep -ho 'dueAtMillis=[0-9]*' "$WORK/nodeA.log" | tail -1 | cut -d= -f2; }

# wait_done: until no bench job is left that can still run (only incidents may remain), or 5 minutes
wait_done() {
  local deadline=$((SECONDS + 300)) open
  while :; do
    open=$(q "select count(*) from act_ru_job where process_def_key_ = 'mail-bench' and retries_ > 0" 2>/dev/null \
      || echo "?")
    [ "$open" = "0" ] && return 0
    if [ "$SECONDS" -gt "$deadline" ]; then echo "jobs still open after 5 minutes: $open" >&2; return 1; fi
    sleep 1
  done
}

cleanup() {
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  rm -f "$WORK/received.txt.refuse"
  if [ "$PG_WAS_ONLINE" = no ]; then
    pg_state | grep -q online && pg_stop >/dev/null 2>&1 || true
  elif ! pg_state | grep -q online; then
    pg_start >/dev/null || true
  fi
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------------- counting
# report <scenario> <run>: one line, and FAILED=1 on a loss or a duplicate
report() {
  local scenario="$1" run="$2" due
  due=$(due_at_millis)
  q "drop table if exists bench_received; create table bench_received (at bigint, message_id text)" 2>/dev/null
  PGPASSWORD="$PG_PASSWORD" psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB" -q \
    -c "\\copy bench_received from '$WORK/received.txt' with (format text, delimiter ' ')"
  local line
  line=$(q "
    with expected as (
      select 'bench:${run}:' || n as mail_key,
             '<almen.' || substr(encode(sha256(convert_to('bench:${run}:' || n, 'UTF8')), 'hex'), 1, 32)
               || '@${MAIL_DOMAIN}>' as message_id
      from generate_series(1, ${JOBS}) n),
    got as (select message_id, count(*) as times, max(at) as last_at from bench_received group by message_id),
    waiting as (
      select 'bench:${run}:' || (regexp_match(e.business_key_, ':([0-9]+)\$'))[1] as mail_key
      from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
      where j.process_def_key_ = 'mail-bench'),
    mail as (
      select e.mail_key, l.status, coalesce(g.times, 0) as times, g.last_at,
             exists (select 1 from waiting w where w.mail_key = e.mail_key) as waiting
      from expected e left join mail_log l on l.mail_key = e.mail_key left join got g on g.message_id = e.message_id)
    select
      (select count(*) from bench_received) || ' ' ||
      count(*) filter (where status = 'SENT') || ' ' ||
      coalesce(sum(greatest(times - 1, 0)), 0) || ' ' ||
      count(*) filter (where times = 0 and coalesce(status, '') <> 'UNKNOWN' and not waiting) || ' ' ||
      count(*) filter (where status = 'UNKNOWN') || ' ' ||
      count(*) filter (where status = 'UNKNOWN' and times = 0) || ' ' ||
      (select count(*) from act_ru_incident i join act_re_procdef d on d.id_ = i.proc_def_id_
        where d.key_ = 'mail-bench') || ' ' ||
      count(*) filter (where waiting) || ' ' ||
      coalesce(max(last_at), 0) || ' ' ||
      coalesce((select min(at) from bench_received), 0)
    from mail")
  local sent recorded dups lost unknown unknown_missing incidents waiting last first
  read -r sent recorded dups lost unknown unknown_missing incidents waiting last first <<<"$line"
  local seconds="n/a" first_seconds="n/a"
  if [ "${last:-0}" -gt 0 ] && [ -n "$due" ]; then
    seconds=$(awk -v l="$last" -v d="$due" 'BEGIN { printf "%.1f", (l - d) / 1000 }')
    first_seconds=$(awk -v f="$first" -v d="$due" 'BEGIN { printf "%.1f", (f - d) / 1000 }')
  fi
  local verdict=ok
  if [ "$dups" != "0" ] || [ "$lost" != "0" ]; then verdict=FAIL; FAILED=1; fi
  local text
  text=$(printf '%-15s mails=%s sent=%s recorded=%s duplicates=%s lost=%s unknown=%s (not received: %s) incidents=%s waiting=%s first/last-mail-after-due=%ss/%ss %s' \
    "$scenario" "$JOBS" "$sent" "$recorded" "$dups" "$lost" "$unknown" "$unknown_missing" "$incidents" "$waiting" \
    "$first_seconds" "$seconds" "$verdict")
  echo "$text"
  RESULTS+=("$text")
}

# ---------------------------------------------------------------------------------------------------- scenarios
burst() { # burst <scenario> <nodes> <fault>
  local scenario="$1" nodes="$2" fault="$3" run
  run="$scenario-$(date +%s)"
  log "$scenario: $nodes node(s), $JOBS mail jobs, fault: $fault"
  fresh_database
  rm -f "$WORK"/node*.log
  start_sink
  if [ "$nodes" = 2 ]; then
    start_node nodeB 2
    wait_started nodeB
  fi
  start_node nodeA 1 --bench.load="$JOBS" --bench.run="$run" --bench.due-in-seconds="${BENCH_DUE_IN:-30}"
  wait_started nodeA
  until grep -q "BENCH loaded" "$WORK/nodeA.log"; do alive nodeA || { echo "nodeA died" >&2; return 1; }; sleep 1; done
  grep -h "BENCH loaded" "$WORK/nodeA.log" | sed 's/.*BENCH/  BENCH/'
  case "$fault" in
    none) ;;
    kill)
      wait_received $((JOBS / 5))
      log "$scenario: kill -9 nodeA after $(received) mails"
      kill -9 "$(node_pid nodeA)"; wait "$(node_pid nodeA)" 2>/dev/null || true
      echo "---- restarted after kill -9" >>"$WORK/nodeA.log"
      start_node nodeA 1
      wait_started nodeA ;;
    db)
      wait_received $((JOBS / 5))
      log "$scenario: PostgreSQL stopped for 30 s after $(received) mails"
      pg_stop
      sleep 30
      pg_start
      log "$scenario: PostgreSQL back" ;;
    smtp)
      wait_received $((JOBS / 5))
      log "$scenario: SMTP refusing for 20 s after $(received) mails"
      touch "$WORK/received.txt.refuse"
      sleep 20
      rm -f "$WORK/received.txt.refuse" ;;
  esac
  wait_done || true
  sleep 2
  report "$scenario" "$run"
  for name in nodeA nodeB; do
    [ -f "$WORK/$name.log" ] && cp "$WORK/$name.log" "$WORK/$scenario-$name.log"
    alive "$name" 2>/dev/null || true
  done
  grep -h "UNKNOWN (sendt muligvis)" "$WORK"/node*.log | sed 's/.*WARN/  WARN/' | head -3 || true
  stop_nodes nodeA nodeB
  stop_pid "$SINK_PID"
}

starts() {
  log "two-nodes-start: two nodes start together on an empty database, $STARTS times"
  local problems=0 i
  for i in $(seq 1 "$STARTS"); do
    fresh_database
    rm -f "$WORK"/node*.log
    start_node nodeA 1 --camunda.bpm.job-execution.enabled=false --almen.mail.check-at-startup=false
    start_node nodeB 2 --camunda.bpm.job-execution.enabled=false --almen.mail.check-at-startup=false
    local ok=yes
    wait_started nodeA nodeB || ok=no
    local dup
    dup=$(q "select
        (select count(*) from (select name_ from act_ru_filter group by name_ having count(*) > 1) f) || ' ' ||
        (select count(*) from (select id_ from act_id_group group by id_ having count(*) > 1) g) || ' ' ||
        (select count(*) from (select type_, group_id_, user_id_, resource_type_, resource_id_ from act_ru_authorization
                               group by 1, 2, 3, 4, 5 having count(*) > 1) a) || ' ' ||
        (select count(*) from act_ru_filter) || ' ' || (select count(*) from act_id_group) || ' ' ||
        (select count(*) from act_id_user where id_ = 'admin')" 2>/dev/null || echo "? ? ? ? ? ?")
    local filters_dup groups_dup auth_dup filters groups admins
    read -r filters_dup groups_dup auth_dup filters groups admins <<<"$dup"
    local waited
    waited=$(grep -c "waiting for it to finish (startup lock)" "$WORK"/node*.log | awk -F: '{s += $2} END {print s + 0}')
    echo "  start $i: both started=$ok, filters=$filters (duplicated names: $filters_dup), groups=$groups (duplicated: $groups_dup), duplicated authorizations=$auth_dup, admin users=$admins, nodes that waited for the startup lock=$waited"
    if [ "$ok" != yes ] || [ "$filters_dup" != 0 ] || [ "$groups_dup" != 0 ] || [ "$auth_dup" != 0 ] || [ "$admins" != 1 ]; then
      problems=$((problems + 1))
      cp "$WORK/nodeA.log" "$WORK/start-$i-nodeA.log"; cp "$WORK/nodeB.log" "$WORK/start-$i-nodeB.log"
    fi
    stop_nodes nodeA nodeB
  done
  local verdict=ok
  if [ "$problems" != 0 ]; then verdict=FAIL; FAILED=1; fi
  RESULTS+=("$(printf '%-15s %s starts, %s with a crash or a duplicate %s' two-nodes-start "$STARTS" "$problems" "$verdict")")
  echo "${RESULTS[-1]}"
}

STARTED_AT=$SECONDS
for scenario in $SCENARIOS; do
  case "$scenario" in
    one-node) burst one-node 1 none ;;
    two-nodes) burst two-nodes 2 none ;;
    kill-node) burst kill-node 2 kill ;;
    kill-one-node) burst kill-one-node 1 kill ;;
    db-outage) burst db-outage 1 db ;;
    smtp-refusing) burst smtp-refusing 1 smtp ;;
    two-nodes-start) starts ;;
    *) echo "unknown scenario $scenario" >&2; exit 2 ;;
  esac
done

echo
echo "== mail-faults: results ($((SECONDS - STARTED_AT)) s; logs in $WORK)"
printf '%s\n' "${RESULTS[@]}"
su_psql "DROP DATABASE IF EXISTS ${DB} WITH (FORCE)" || true
exit "$FAILED"
