#!/usr/bin/env bash
# BranchGrid as a local cluster of processes, the same topology as docker-compose.yml, without Docker:
# a private PostgreSQL server, the schema migration, three silo processes and (when haproxy is installed)
# the sticky balancer, all on 127.0.0.1.
#
#   scripts/cluster.sh up       build the silo (Release), start everything, print the status
#   scripts/cluster.sh status   each process, its pid and URL, and the balancer URL
#   scripts/cluster.sh down     stop everything this script started (the data stays in the state directory)
#   scripts/cluster.sh certs [dir]  make the throw-away CA and certificates for mutual TLS (default: <state>/tls)
#
# Environment:
#   CLUSTER_STATE_DIR   state directory (default: .cluster in the repository): PostgreSQL data, logs, pids, ports
#   CLUSTER_SILO_DLL    a silo dll that is already built (default: build silo/Actors.Silo in Release)
#   CLUSTER_BALANCER    haproxy (default when installed) or none
#   SKIP_WEB_BUILD      true to build the silo without the live screens (no Node.js needed)
#   CLUSTER_TLS         on (default): silos talk over mutual TLS with <state>/tls certificates; none: plain TCP
# Needs: the .NET 10 SDK, PostgreSQL 15+ server binaries (apt-get install postgresql), optionally haproxy.
# Reset everything: scripts/cluster.sh down && rm -rf .cluster
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
state="${CLUSTER_STATE_DIR:-$repo/.cluster}"
silos=(silo1 silo2 silo3)

say() { printf '%s\n' "$*"; }
die() { printf 'cluster.sh: %s\n' "$*" >&2; exit 1; }

pg_bin() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$bin" ] && [ -x "$bin/initdb" ] || die "PostgreSQL server binaries not found: apt-get install -y postgresql"
  printf '%s' "$bin"
}

# PostgreSQL refuses to run as root: as root, its tools run as the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

is_running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The first port from $1 upwards that nothing listens on and that this run has not handed out yet.
taken=" "
free_port() {
  local port=$1
  while port_in_use "$port" || [[ "$taken" == *" $port "* ]]; do port=$((port + 1)); done
  taken+="$port "
  printf '%s' "$port"
}

http_ok() {
  local response
  response="$( (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$2" >&3 && head -n 1 <&3) 2>/dev/null || true)"
  [[ "$response" == *" 200 "* ]]
}

wait_http() { # port path what seconds
  local deadline=$((SECONDS + $4))
  until http_ok "$1" "$2"; do
    [ $SECONDS -lt "$deadline" ] || return 1
    sleep 0.5
  done
}

silo_dll() {
  if [ -n "${CLUSTER_SILO_DLL:-}" ]; then
    [ -f "$CLUSTER_SILO_DLL" ] || die "CLUSTER_SILO_DLL=$CLUSTER_SILO_DLL does not exist"
    printf '%s' "$CLUSTER_SILO_DLL"
    return
  fi
  say "building the silo (Release)..." >&2
  dotnet build "$repo/silo/Actors.Silo/Actors.Silo.csproj" -c Release -nologo -v quiet \
    -p:SkipWebBuild="${SKIP_WEB_BUILD:-false}" >&2
  printf '%s' "$repo/silo/Actors.Silo/bin/Release/net10.0/Actors.Silo.dll"
}

connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Database=branchgrid;Username=branchgrid;Password=%s' \
    "$(cat "$state/postgres.port")" "$(cat "$state/postgres.password")"
}

start_postgres() {
  local bin pgdata="$state/postgres"
  bin="$(pg_bin)"
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    mkdir -p "$pgdata"
    # A password of this cluster only, generated here and kept in the state directory (never in the repository).
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$state/postgres.password")
    cp "$state/postgres.password" "$state/initdb.pwfile"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$pgdata" "$state/initdb.pwfile"; fi
    as_pg test -w "$pgdata" || die "the postgres user cannot write $pgdata: choose a CLUSTER_STATE_DIR it can reach (e.g. under /tmp)"
    as_pg "$bin/initdb" -D "$pgdata" -U branchgrid --auth=scram-sha-256 --pwfile="$state/initdb.pwfile" -E UTF8 --locale=C >"$state/initdb.log"
    rm -f "$state/initdb.pwfile"
  fi
  if ! as_pg "$bin/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
    free_port 55432 > "$state/postgres.port"
    touch "$state/postgres.log"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$state/postgres.log"; fi
    as_pg "$bin/pg_ctl" -D "$pgdata" -l "$state/postgres.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $(cat "$state/postgres.port") -k $pgdata" start >/dev/null
  fi
  PGPASSWORD="$(cat "$state/postgres.password")" "$bin/psql" -h 127.0.0.1 -p "$(cat "$state/postgres.port")" -U branchgrid \
    -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'branchgrid'" | grep -q 1 \
    || PGPASSWORD="$(cat "$state/postgres.password")" "$bin/createdb" -h 127.0.0.1 -p "$(cat "$state/postgres.port")" -U branchgrid branchgrid
}

# Mutual TLS between the silos and for Orleans clients (docs/cluster.md): a throw-away certificate authority and one
# certificate per silo and one for a client, made once per directory (0700, files 0600); the silos trust that CA only.
make_certs() { # directory
  local dir=$1 name
  command -v openssl >/dev/null || die "openssl not found: apt-get install -y openssl (or CLUSTER_TLS=none)"
  mkdir -p "$dir" && chmod 700 "$dir"
  [ -f "$dir/password" ] || (umask 077 && openssl rand -hex 24 > "$dir/password")
  if [ ! -f "$dir/ca.crt" ]; then
    (umask 077 && openssl req -x509 -newkey rsa:3072 -nodes -days 825 -subj "/CN=BranchGrid local cluster CA" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null) || die "could not make the CA in $dir"
  fi
  for name in "${silos[@]}" client; do
    [ -f "$dir/$name.pfx" ] && continue
    (
      umask 077
      openssl req -newkey rsa:3072 -nodes -subj "/CN=branchgrid-$name" -keyout "$dir/$name.key" -out "$dir/$name.csr" 2>/dev/null
      printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\n' > "$dir/$name.ext"
      openssl x509 -req -in "$dir/$name.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 825 \
        -extfile "$dir/$name.ext" -out "$dir/$name.crt" 2>/dev/null
      openssl pkcs12 -export -inkey "$dir/$name.key" -in "$dir/$name.crt" -passout "file:$dir/password" -out "$dir/$name.pfx"
      rm -f "$dir/$name.csr" "$dir/$name.ext" "$dir/$name.key"
    ) || die "could not make the certificate of $name in $dir"
  done
  say "certificates in $dir (CA: ca.crt; password: $dir/password)"
}

tls_on() { [ "${CLUSTER_TLS:-on}" != none ]; }

start_silo() { # index name dll cluster
  local i=$1 name=$2 dll=$3 cluster=$4 http silo gateway
  http=$(free_port $((5080 + i))); silo=$(free_port $((11110 + i))); gateway=$(free_port $((30000 + i)))
  printf '%s %s %s\n' "$http" "$silo" "$gateway" > "$state/$name.ports"
  (
    cd "$(dirname "$dll")"
    export ConnectionStrings__BranchGrid
    ConnectionStrings__BranchGrid="$(connection_string)"
    if tls_on; then
      export Grid__Tls__CertificatePath="$state/tls/$name.pfx" Grid__Tls__CertificateAuthorityPath="$state/tls/ca.crt"
      Grid__Tls__CertificatePassword="$(cat "$state/tls/password")"
      export Grid__Tls__CertificatePassword
    fi
    Grid__Store=PostgreSql Grid__ServiceId=branchgrid Grid__ClusterId="$cluster" Grid__AdvertisedIp=127.0.0.1 \
    Grid__SiloPort="$silo" Grid__GatewayPort="$gateway" Grid__MigrateOnStart=false \
    Grid__SeedDemo="$([ "$i" = 1 ] && echo true || echo false)" Urls="http://127.0.0.1:$http" \
      setsid nohup dotnet "$dll" >"$state/$name.log" 2>&1 < /dev/null &
    printf '%s' $! > "$state/$name.pid"
  )
}

start_balancer() {
  local mode="${CLUSTER_BALANCER:-}"
  if [ -z "$mode" ]; then mode=$(command -v haproxy >/dev/null 2>&1 && echo haproxy || echo none); fi
  [ "$mode" = none ] && { rm -f "$state/balancer.port"; return; }
  command -v haproxy >/dev/null 2>&1 || die "CLUSTER_BALANCER=haproxy but haproxy is not installed (apt-get install -y haproxy)"
  free_port 5080 > "$state/balancer.port"
  local -a ports=()
  for name in "${silos[@]}"; do ports+=("$(cut -d' ' -f1 "$state/$name.ports")"); done
  BALANCER_BIND="127.0.0.1:$(cat "$state/balancer.port")" \
  SILO1="127.0.0.1:${ports[0]}" SILO2="127.0.0.1:${ports[1]}" SILO3="127.0.0.1:${ports[2]}" \
    haproxy -D -p "$state/balancer.pid" -f "$repo/deploy/haproxy/haproxy.cfg"
}

status() {
  local up=0 name
  [ -d "$state" ] || { say "no cluster (state directory $state does not exist)"; return 1; }
  if [ -f "$state/postgres/postmaster.pid" ] && kill -0 "$(head -n 1 "$state/postgres/postmaster.pid")" 2>/dev/null; then
    say "postgres   running  pid $(head -n 1 "$state/postgres/postmaster.pid")  127.0.0.1:$(cat "$state/postgres.port")  database branchgrid"
  else
    say "postgres   stopped"
  fi
  for name in "${silos[@]}"; do
    if is_running "$state/$name.pid"; then
      read -r http silo gateway < "$state/$name.ports"
      say "$name      running  pid $(cat "$state/$name.pid")  http://127.0.0.1:$http/  (silo $silo, gateway $gateway, dashboard http://127.0.0.1:$http/dashboard)"
      up=$((up + 1))
    else
      say "$name      stopped"
    fi
  done
  if is_running "$state/balancer.pid"; then
    say "balancer   running  pid $(cat "$state/balancer.pid")  http://127.0.0.1:$(cat "$state/balancer.port")/"
  else
    say "balancer   none"
  fi
  [ "$up" -gt 0 ]
}

up() {
  mkdir -p "$state"
  local name
  for name in "${silos[@]}"; do is_running "$state/$name.pid" && die "already up (scripts/cluster.sh status; scripts/cluster.sh down)"; done
  local dll cluster
  dll="$(silo_dll)"
  start_postgres
  if tls_on; then make_certs "$state/tls" >/dev/null; fi
  say "migrating the schema..."
  (cd "$(dirname "$dll")" && ConnectionStrings__BranchGrid="$(connection_string)" Grid__Store=PostgreSql dotnet "$dll" migrate)
  # A fresh ClusterId per start: rows of an earlier run's silos never have to be waited out. ServiceId stays, so state does.
  cluster="local-$(date +%Y%m%d%H%M%S)"
  local i=0
  for name in "${silos[@]}"; do i=$((i + 1)); start_silo "$i" "$name" "$dll" "$cluster"; done
  for name in "${silos[@]}"; do
    wait_http "$(cut -d' ' -f1 "$state/$name.ports")" /health "$name" 120 \
      || { tail -n 30 "$state/$name.log" >&2; die "$name did not become healthy (log: $state/$name.log)"; }
  done
  start_balancer
  status
}

stop_pid() { # pidfile seconds
  is_running "$1" || { rm -f "$1"; return 0; }
  local pid deadline=$((SECONDS + $2))
  pid="$(cat "$1")"
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if [ $SECONDS -ge "$deadline" ]; then kill -KILL "$pid" 2>/dev/null || true; break; fi
    sleep 0.2
  done
  rm -f "$1"
}

down() {
  [ -d "$state" ] || { say "nothing to stop"; return 0; }
  stop_pid "$state/balancer.pid" 5
  local name
  for name in "${silos[@]}"; do stop_pid "$state/$name.pid" 30 & done
  wait
  if [ -f "$state/postgres/PG_VERSION" ]; then
    as_pg "$(pg_bin)/pg_ctl" -D "$state/postgres" -m fast -w stop >/dev/null 2>&1 || true
  fi
  say "stopped (data kept in $state)"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  certs) make_certs "${2:-$state/tls}" ;;
  *) say "usage: $0 up|down|status|certs [dir]" >&2; exit 2 ;;
esac
