#!/usr/bin/env bash
# start-postgres.sh installs PostgreSQL from Debian's packages when it is
# missing, starts a cluster listening on 127.0.0.1, creates a role and a
# database for Parley's store tests, and prints the URL to export as
# PARLEY_TEST_DATABASE_URL on standard output (everything else goes to
# standard error). Run it as root on Debian 12. It is idempotent: when the
# server already runs with the role and database, it only checks them.
#
#	url=$(internal/store/testdata/start-postgres.sh)
#	export PARLEY_TEST_DATABASE_URL="$url"
#	go test -race ./internal/store/
#
# (Two lines, not `export X=$(...)`: export would hide the script's failure
# from `set -e`.)
#
# Environment, all optional:
#	PARLEY_PG_DB        database to create (parley_test)
#	PARLEY_PG_USER      role that owns it (parley)
#	PARLEY_PG_PASSWORD  the role's password (parley)
#	PARLEY_PG_PORT      port of a cluster created here (5432)
#	PARLEY_PG_FAST=1    turn off fsync, synchronous_commit and
#	                    full_page_writes: faster tests, no crash safety;
#	                    for a throwaway CI server only (a run without it
#	                    turns them back on)
set -euo pipefail

db=${PARLEY_PG_DB:-parley_test}
user=${PARLEY_PG_USER:-parley}
password=${PARLEY_PG_PASSWORD:-parley}
port=${PARLEY_PG_PORT:-5432}
cluster=main

log() { echo "start-postgres: $*" >&2; }
die() {
	log "$*"
	exit 1
}

[ "$(id -u)" = 0 ] || die "run as root (it installs packages and starts the server as the postgres user)"

# newest server version installed, if any
server_version() {
	local d v=""
	for d in /usr/lib/postgresql/*/bin/postgres; do
		[ -x "$d" ] || continue
		d=${d#/usr/lib/postgresql/}
		d=${d%%/*}
		if [ -z "$v" ] || [ "$d" -gt "$v" ]; then v=$d; fi
	done
	echo "$v"
}

version=$(server_version)
if [ -z "$version" ] || ! command -v pg_ctlcluster >/dev/null; then
	log "installing PostgreSQL from Debian's packages"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	apt-get install -y -qq --no-install-recommends postgresql postgresql-client >&2
	version=$(server_version)
	[ -n "$version" ] || die "apt-get installed no PostgreSQL server"
fi

# Debian's package creates the cluster "main" at install; create it when
# it was dropped or the package was installed without one.
if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { found = 1 } END { exit !found }'; then
	log "creating cluster $version/$cluster on port $port"
	pg_createcluster "$version" "$cluster" --port "$port" >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }')
status=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4 }')

psql_admin() {
	runuser -u postgres -- psql --no-psqlrc -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres "$@"
}

# PARLEY_PG_FAST: add or remove the settings file as asked, restarting a
# running server when that changed anything.
fast_conf=/etc/postgresql/$version/$cluster/conf.d/parley-fast.conf
changed=0
if [ "${PARLEY_PG_FAST:-}" = 1 ] && [ ! -f "$fast_conf" ]; then
	log "writing $fast_conf (fsync off: test server only)"
	mkdir -p "$(dirname "$fast_conf")"
	printf '%s\n' 'fsync = off' 'synchronous_commit = off' 'full_page_writes = off' >"$fast_conf"
	changed=1
elif [ "${PARLEY_PG_FAST:-}" != 1 ] && [ -f "$fast_conf" ]; then
	log "removing $fast_conf (fsync back on)"
	rm -f "$fast_conf"
	changed=1
fi
if [ "$status" != online ]; then
	log "starting cluster $version/$cluster on port $port"
	pg_ctlcluster "$version" "$cluster" start >&2
elif [ "$changed" = 1 ]; then
	log "restarting cluster $version/$cluster"
	pg_ctlcluster "$version" "$cluster" restart >&2
fi
for _ in $(seq 60); do
	if pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
	sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$port" ||
	die "the server does not accept connections on 127.0.0.1:$port; see /var/log/postgresql/postgresql-$version-$cluster.log"

# Role and database, created once; the password is set every time, so that
# a changed PARLEY_PG_PASSWORD takes effect. The role owns the database and
# so may create the schemas the tests make for themselves.
psql_admin -v user="$user" -v password="$password" -v db="$db" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'user')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'user', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SQL

url="postgres://$user:$password@127.0.0.1:$port/$db?sslmode=disable"
PGPASSWORD=$password psql --no-psqlrc -X -qAt -h 127.0.0.1 -p "$port" -U "$user" -d "$db" -c 'SELECT 1' >/dev/null ||
	die "cannot log in as $user to $db on 127.0.0.1:$port"
log "PostgreSQL $version ready on 127.0.0.1:$port, database $db"
echo "$url"
