#!/bin/bash
# The streaming replica of docker-compose.yml. At the first start (an empty volume) it copies the
# primary with pg_basebackup -R, which writes standby.signal and primary_conninfo (with the slot
# made by primary-init.sh); then, every start, it runs the image's own entrypoint, which finds a
# data directory and starts a hot standby: read-only queries, WAL streamed from the primary.
# To rebuild it (after a failover, or if it fell behind max_slot_wal_keep_size): remove its volume.
set -euo pipefail
: "${PGDATA:?}" "${PRIMARY_HOST:?}" "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"
  chown -R postgres:postgres "$(dirname "$PGDATA")"
  chmod 700 "$PGDATA"
  until gosu postgres pg_isready -h "$PRIMARY_HOST" -p 5432 -q; do sleep 1; done
  echo "replica: copying the primary ($PRIMARY_HOST) into $PGDATA"
  PGPASSWORD="$REPLICATION_PASSWORD" gosu postgres pg_basebackup \
    --host="$PRIMARY_HOST" --port=5432 --username=replicator \
    --pgdata="$PGDATA" --write-recovery-conf --wal-method=stream --slot=replica_1 \
    --checkpoint=fast --progress
fi

exec docker-entrypoint.sh postgres
