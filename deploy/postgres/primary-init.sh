#!/bin/bash
# The primary's part of streaming replication, for docker-compose.yml. Run by the postgres image
# at the first start of an empty volume (docker-entrypoint-initdb.d); on a primary that already
# has data, run it once by hand (it changes nothing a second time):
#   docker compose exec -u postgres db bash /docker-entrypoint-initdb.d/10-replication.sh
set -euo pipefail
: "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}"

psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-caregraph}" --dbname "${POSTGRES_DB:-caregraph}" \
  -v password="$REPLICATION_PASSWORD" <<'SQL'
-- The role the replica streams as: replication only, no access to the data otherwise.
select format('create role replicator with replication login password %L', :'password')
 where not exists (select from pg_roles where rolname = 'replicator') \gexec
-- Its slot: the primary keeps the WAL the replica has not received yet (up to
-- max_slot_wal_keep_size), so a replica that was away catches up instead of being rebuilt.
select pg_create_physical_replication_slot('replica_1')
 where not exists (select from pg_replication_slots where slot_name = 'replica_1');
SQL

# Replication connections match only lines naming "replication" in pg_hba.conf.
hba="$PGDATA/pg_hba.conf"
line='host replication replicator all scram-sha-256'
grep -qxF "$line" "$hba" || echo "$line" >>"$hba"
psql --username "${POSTGRES_USER:-caregraph}" --dbname "${POSTGRES_DB:-caregraph}" \
  -c 'select pg_reload_conf()' >/dev/null
