#!/usr/bin/env bash
# A local Neo4j 5.26 Community server from its Maven jars, no Docker: `npm run neo4j -- start|stop|status|env`.
# Jars are cached in .cache/neo4j/lib, data and logs go to $KGX_NEO4J_HOME (default .cache/neo4j/home).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
POM="$ROOT/scripts/neo4j/pom.xml"
VERSION="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$POM")"
LIB="${KGX_NEO4J_LIB:-$ROOT/.cache/neo4j/lib}"
HOME_DIR="${KGX_NEO4J_HOME:-$ROOT/.cache/neo4j/home}"
USER_NAME=neo4j
PASSWORD="${KGX_NEO4J_PASSWORD:-kgx-password}"
PID_FILE="$HOME_DIR/run/neo4j.pid"
PORT_FILE="$HOME_DIR/run/bolt.port"
CONSOLE="$HOME_DIR/logs/console.log"
# Neo4j's default server.jvm.additional (the launcher is bypassed, so they go on the java command line).
JVM_OPTS=(-Xms256m -Xmx1g -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+UnlockExperimentalVMOptions
  -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true -Djdk.tls.ephemeralDHKeySize=2048
  -Djdk.tls.rejectClientInitiatedRenegotiation=true -XX:FlightRecorderOptions=stackdepth=256
  -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  -Dlog4j2.disable.jmx=true -Dlog4j.layout.jsonTemplate.maxStringLength=32768)

log() { echo "neo4j: $*" >&2; }

jars() {
  if [ -f "$LIB/.version" ] && [ "$(cat "$LIB/.version")" = "$VERSION" ]; then return; fi
  log "fetching Neo4j $VERSION and its dependencies from Maven Central into $LIB"
  rm -rf "$LIB" && mkdir -p "$LIB"
  mvn -q -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies -DoutputDirectory="$LIB" >&2
  echo "$VERSION" >"$LIB/.version"
}

free_port() { node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

port() {
  if [ -n "${KGX_NEO4J_PORT:-}" ]; then echo "$KGX_NEO4J_PORT"
  elif [ -f "$PORT_FILE" ]; then cat "$PORT_FILE"
  else free_port; fi
}

running() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

bolt_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

print_env() {
  echo "NEO4J_URI=bolt://127.0.0.1:$(cat "$PORT_FILE")"
  echo "NEO4J_USER=$USER_NAME"
  echo "NEO4J_PASSWORD=$PASSWORD"
}

configure() {
  local p="$1"
  mkdir -p "$HOME_DIR/conf" "$HOME_DIR/data" "$HOME_DIR/logs" "$HOME_DIR/run" "$HOME_DIR/plugins" "$HOME_DIR/import"
  cat >"$HOME_DIR/conf/neo4j.conf" <<CONF
# Written by scripts/neo4j/neo4j.sh: a local, loopback-only test server.
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$p
server.bolt.advertised_address=127.0.0.1:$p
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
server.memory.pagecache.size=128m
server.memory.heap.initial_size=256m
server.memory.heap.max_size=1g
db.transaction.monitor.check.interval=100ms
server.directories.import=$HOME_DIR/import
CONF
  # Extra settings, a line each (a test's own server: KGX_NEO4J_CONF_EXTRA="db.memory.transaction.max=16m").
  if [ -n "${KGX_NEO4J_CONF_EXTRA:-}" ]; then printf '%s\n' "$KGX_NEO4J_CONF_EXTRA" >>"$HOME_DIR/conf/neo4j.conf"; fi
  echo "$p" >"$PORT_FILE"
}

start() {
  jars
  if running; then
    if bolt_open "$(cat "$PORT_FILE")"; then
      log "already running (pid $(cat "$PID_FILE"))"
      [ -z "${KGX_NEO4J_CONF_EXTRA:-}" ] || log "KGX_NEO4J_CONF_EXTRA not applied: stop the server first"
      print_env
      return
    fi
  fi
  local p
  p="$(port)"
  bolt_open "$p" && { log "port $p is already taken by another process; set KGX_NEO4J_PORT"; exit 1; }
  configure "$p"
  export NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$HOME_DIR/conf"
  if [ ! -f "$HOME_DIR/data/dbms/auth.ini" ]; then
    java -cp "$LIB/*" org.neo4j.cli.AdminTool dbms set-initial-password "$PASSWORD" >"$HOME_DIR/logs/admin.log" 2>&1 ||
      { cat "$HOME_DIR/logs/admin.log" >&2; exit 1; }
  fi
  log "starting Neo4j $VERSION on bolt://127.0.0.1:$p (home $HOME_DIR)"
  : >"$CONSOLE"
  setsid nohup java "${JVM_OPTS[@]}" -cp "$LIB/*" org.neo4j.server.CommunityEntryPoint \
    --home-dir="$HOME_DIR" --config-dir="$HOME_DIR/conf" --console-mode >"$CONSOLE" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  local waited=0
  until grep -q "Started\." "$CONSOLE" && bolt_open "$p"; do
    if ! running; then log "the server exited while starting:"; tail -n 40 "$CONSOLE" >&2; exit 1; fi
    if [ "$waited" -ge 120 ]; then log "not started after 120 s:"; tail -n 40 "$CONSOLE" >&2; stop; exit 1; fi
    sleep 1
    waited=$((waited + 1))
  done
  log "started in ${waited} s (pid $(cat "$PID_FILE"))"
  print_env
}

stop() {
  if ! running; then log "not running"; rm -f "$PID_FILE"; return; fi
  local pid
  pid="$(cat "$PID_FILE")"
  kill -TERM "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then log "still running after 60 s, killing $pid"; kill -KILL "$pid"; fi
  rm -f "$PID_FILE"
  log "stopped"
}

status() {
  if running && bolt_open "$(cat "$PORT_FILE")"; then log "running (pid $(cat "$PID_FILE"))"; print_env
  else log "not running"; exit 3; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  env) print_env ;;
  jars) jars ;;
  *) echo "usage: npm run neo4j -- start|stop|status|env|jars" >&2; exit 2 ;;
esac
