#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests that run on both backends.
#
#   cluster.sh start STATE_DIR   writes the admin URL to STATE_DIR/url
#   cluster.sh stop STATE_DIR    stops what start started; harmless otherwise
#
# With SUMMIT_TEST_POSTGRES set (postgresql://USER@HOST:PORT/postgres, a user
# allowed to CREATE DATABASE and CREATE ROLE), that server is used and nothing
# is started. Otherwise the newest installed PostgreSQL gets a cluster in a
# temporary folder, run by an unprivileged user (postgres refuses root),
# listening on a free port of 127.0.0.1 only. A watchdog stops it and removes
# the folder when the ctest that started it is gone, so a killed test run
# leaves no server behind.
set -euo pipefail

usage() {
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
}

[ $# -ge 2 ] || usage
action=$1
state_dir=$2
admin_user=summit_admin
script=$(readlink -f "$0")

log() { echo "cluster.sh: $*" >&2; }

# Runs a PostgreSQL program as the cluster's owner: postgres will not run as root.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then
        as_owner=(runuser -u nobody --)
    else
        as_owner=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
    fi
fi

# Stops the cluster whose temporary folder is $1 and removes the folder.
stop_cluster() {
    local folder=$1 bindir
    [ -n "$folder" ] && [ -d "$folder" ] || return 0
    if [ -f "$folder/data/postmaster.pid" ]; then
        bindir=$(cat "$folder/bindir" 2>/dev/null || true)
        if [ -x "$bindir/pg_ctl" ]; then
            (cd "$folder" && "${as_owner[@]}" "$bindir/pg_ctl" stop -D "$folder/data" \
                -m immediate -w -t 30 >/dev/null 2>&1) || true
        fi
        # pg_ctl could not do it (binary gone, wrong owner): SIGQUIT is what
        # "immediate" sends to the postmaster.
        local pid
        pid=$(head -n 1 "$folder/data/postmaster.pid" 2>/dev/null || true)
        if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
            kill -QUIT "$pid" 2>/dev/null || true
            for _ in $(seq 1 50); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.1
            done
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -rf -- "$folder"
}

# The ctest process this script runs under (the watchdog follows it), else the
# parent: walk up /proc until a process called ctest is found.
test_runner_pid() {
    local pid=$PPID comm
    while [ "$pid" -gt 1 ] 2>/dev/null; do
        comm=$(cat "/proc/$pid/comm" 2>/dev/null || true)
        if [ "$comm" = ctest ]; then
            echo "$pid"
            return
        fi
        pid=$(parent_of "$pid")
    done
    echo "$PPID"
}

# A process's parent, 1 when it is gone.
parent_of() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || {
        echo 1
        return 0
    }
    stat=${stat##*) }
    echo "$stat" | awk '{ print $2 }'
}

# A process's start time (field 22 of /proc/PID/stat), so a reused pid is not
# mistaken for the test run.
start_time_of() {
    # The command name (field 2) may hold spaces; count fields after its ")".
    # Empty when the process is gone.
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
    stat=${stat##*) }
    echo "$stat" | awk '{ print $20 }'
}

random_port() {
    echo $((20000 + (RANDOM * 32768 + RANDOM) % 40001))
}

# True when something already accepts connections on 127.0.0.1:$1.
port_taken() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
    mkdir -p "$state_dir"
    # A cluster left by an earlier run of this build tree goes first.
    stop_cluster "$(cat "$state_dir/datadir" 2>/dev/null || true)"
    rm -f "$state_dir/url" "$state_dir/datadir"

    if [ -n "${SUMMIT_TEST_POSTGRES:-}" ]; then
        log "using the server of SUMMIT_TEST_POSTGRES"
        printf '%s\n' "$SUMMIT_TEST_POSTGRES" >"$state_dir/url"
        return
    fi

    local bindir
    bindir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
        log "no PostgreSQL server in /usr/lib/postgresql (install the postgresql package," \
            "see packaging/debian-packages.txt), or set SUMMIT_TEST_POSTGRES"
        exit 1
    fi

    # As root, /tmp: the unprivileged owner must be able to reach the folder.
    local folder base=${TMPDIR:-/tmp}
    [ ${#as_owner[@]} -eq 0 ] || base=/tmp
    folder=$(mktemp -d "$base/summit-test-postgresql.XXXXXXXX")
    printf '%s\n' "$folder" >"$state_dir/datadir"
    printf '%s\n' "$bindir" >"$folder/bindir"

    # The watchdog, there from the moment the folder is: once the test run is gone
    # (killed, even while this script still runs, or finished without the cleanup
    # test), it waits for this script to end, then stops the cluster and removes
    # the folder. It ends by itself when stop removed the folder.
    local runner
    runner=$(test_runner_pid)
    setsid nohup bash "$script" watch "$folder" "$runner" "$(start_time_of "$runner")" \
        "$$" "$(start_time_of "$$")" </dev/null >/dev/null 2>&1 &
    disown || true
    if [ ${#as_owner[@]} -gt 0 ]; then
        chown nobody "$folder"
    fi
    cd "$folder" # the owner may not be allowed into the caller's folder

    local locale=C
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
        locale=C.UTF-8
    fi
    if ! "${as_owner[@]}" "$bindir/initdb" -D "$folder/data" -U "$admin_user" --auth=trust \
        -E UTF8 --locale="$locale" --no-sync >"$folder/initdb.log" 2>&1; then
        cat "$folder/initdb.log" >&2
        stop_cluster "$folder"
        rm -f "$state_dir/datadir"
        exit 1
    fi
    cat >>"$folder/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$folder'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
EOF

    local port="" attempt
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$(random_port)
        if port_taken "$port"; then
            port=""
            continue
        fi
        if "${as_owner[@]}" "$bindir/pg_ctl" start -D "$folder/data" -l "$folder/server.log" \
            -o "-p $port" -w -t 60 >/dev/null 2>&1; then
            break
        fi
        log "could not start on port $port (attempt $attempt):"
        tail -n 3 "$folder/server.log" >&2 || true
        port=""
    done
    if [ -z "$port" ]; then
        log "no free port found; giving up"
        stop_cluster "$folder"
        rm -f "$state_dir/datadir"
        exit 1
    fi

    local ready=""
    for _ in $(seq 1 300); do
        if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -U "$admin_user" -d postgres; then
            ready=yes
            break
        fi
        sleep 0.1
    done
    if [ -z "$ready" ]; then
        log "the server on port $port does not accept connections:"
        tail -n 20 "$folder/server.log" >&2 || true
        stop_cluster "$folder"
        rm -f "$state_dir/datadir"
        exit 1
    fi

    printf 'postgresql://%s@127.0.0.1:%s/postgres\n' "$admin_user" "$port" >"$state_dir/url"
    log "PostgreSQL $("$bindir/postgres" --version | awk '{ print $3 }') on 127.0.0.1:$port," \
        "data in $folder"
}

stop() {
    local folder
    folder=$(cat "$state_dir/datadir" 2>/dev/null || true)
    stop_cluster "$folder"
    rm -f "$state_dir/url" "$state_dir/datadir"
}

# True while the process $1 started at $2 runs (not another one given its pid).
alive() {
    [ -n "$2" ] && [ "$(start_time_of "$1")" = "$2" ]
}

watch() {
    local folder=$1 runner=$2 runner_start=$3 starter=$4 starter_start=$5
    while [ -d "$folder" ] && alive "$runner" "$runner_start"; do
        sleep 1
    done
    # A start still under way would bring the server up after the folder was
    # cleaned: let it finish (it gives up within minutes) first.
    for _ in $(seq 1 600); do
        alive "$starter" "$starter_start" || break
        sleep 0.5
    done
    stop_cluster "$folder"
}

case $action in
start)
    [ $# -eq 2 ] || usage
    start
    ;;
stop)
    [ $# -eq 2 ] || usage
    stop
    ;;
watch)
    # Internal, started by start:
    # cluster.sh watch FOLDER RUNNER_PID RUNNER_START STARTER_PID STARTER_START
    [ $# -eq 6 ] || usage
    watch "$2" "$3" "$4" "$5" "$6"
    ;;
*) usage ;;
esac
