import { Migration } from '@mikro-orm/migrations';

/**
 * Audit without a global write lock (issue 10). Rows are no longer chained one to the next under
 * an advisory lock held until commit: the insert trigger only numbers and hashes each row, and the
 * sealing job (modules/audit/audit-seal.ts) seals them in hash-chained blocks (`audit_block`).
 *
 * The rows written until now stay as they are and are sealed here as block 0, of kind
 * LEGACY_CHAIN: its hash covers the chain's last row, whose hash covers every row before it;
 * `audit:verify` still walks that chain row by row. Replacing the insert trigger locks
 * `audit_event` first, so every transaction that appended to the old chain has ended, and none
 * can append until this commits, when block 0 is taken: no old row can appear inside it later.
 * The block hash below is a frozen copy of `auditBlockDigestSql` (modules/audit/audit-digest.ts).
 *
 * Down brings the chain trigger back but not the seals; rows written in between carry no chain
 * link and the old verifier would stop at the first of them.
 */
export class Migration20261202055324 extends Migration {

  override name = 'Migration20261202055324';

  override up(): void | Promise<void> {
    this.addSql(`create type "audit_block_kind" as enum ('LEGACY_CHAIN', 'BLOCK');`);
    this.addSql(`create table "audit_block" ("number" bigint not null, "kind" "audit_block_kind" not null, "first_seq" bigint not null, "last_seq" bigint not null, "row_count" int not null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, "sealed_at" timestamptz not null, primary key ("number"));`);
    this.addSql(`alter table "audit_block" add constraint "audit_block_last_seq_unique" unique ("last_seq");`);

    this.addSql(`drop trigger if exists "audit_event_chain" on "audit_event";`);
    this.addSql(`drop function if exists "audit_event_audit_event_chain_fn"();`);
    this.addSql(`create or replace function "audit_event_audit_event_hash_fn"() returns trigger as \$\$ begin perform pg_current_xact_id();     new.id := nextval(pg_get_serial_sequence('audit_event', 'id'));     new.prev_hash := null;     new.hash := encode(sha256(convert_to(jsonb_build_array(
    new.prev_hash, new.id,
    to_char(new.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    new.actor_id, new.actor_role, new.action, new.target_type, new.target_id,
    new.patient_id, new.outcome, new.error_code, new.ip, new.user_agent,
    new.request_id, new.details
  )::text, 'UTF8')), 'hex');     return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_event_hash" BEFORE INSERT on "audit_event" for each ROW execute function "audit_event_audit_event_hash_fn"();`);

    this.addSql(`create or replace function "audit_block_audit_block_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit_block is append-only' using errcode = 'P0001'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_block_append_only" BEFORE UPDATE OR DELETE on "audit_block" for each ROW execute function "audit_block_audit_block_append_only_fn"();`);
    // Hand-written: the ORM does not see statement-level triggers.
    this.addSql(`create or replace function "audit_block_no_truncate_fn"() returns trigger as \$\$ begin raise exception 'audit_block is append-only' using errcode = 'P0001'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_block_no_truncate" BEFORE TRUNCATE on "audit_block" for each STATEMENT execute function "audit_block_no_truncate_fn"();`);

    // Hand-written: the legacy chain, sealed as block 0 (nothing when there is no row yet).
    this.addSql(`insert into "audit_block" ("number", "kind", "first_seq", "last_seq", "row_count", "prev_hash", "hash", "sealed_at")
      select 0, 'LEGACY_CHAIN', 1, s.last_seq, s.n, '0000000000000000000000000000000000000000000000000000000000000000',
             encode(sha256(convert_to(jsonb_build_array(
               '0000000000000000000000000000000000000000000000000000000000000000', (0)::text, 'LEGACY_CHAIN', (1)::text, (s.last_seq)::text, (s.n)::text, s.head
             )::text, 'UTF8')), 'hex'),
             now()
        from (select count(*)::int as n, max(id) as last_seq,
                     (select e.id || ':' || coalesce(e.hash, '') from "audit_event" e order by e.id desc limit 1) as head
                from "audit_event") s
       where s.n > 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "audit_block_no_truncate" on "audit_block";`);
    this.addSql(`drop function if exists "audit_block_no_truncate_fn"();`);
    this.addSql(`drop trigger if exists "audit_block_append_only" on "audit_block";`);
    this.addSql(`drop function if exists "audit_block_audit_block_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_block" cascade;`);

    this.addSql(`drop trigger if exists "audit_event_hash" on "audit_event";`);
    this.addSql(`drop function if exists "audit_event_audit_event_hash_fn"();`);
    this.addSql(`create or replace function "audit_event_audit_event_chain_fn"() returns trigger as \$\$ begin perform pg_advisory_xact_lock(74280011);     new.id := nextval(pg_get_serial_sequence('audit_event', 'id'));     select e.hash into new.prev_hash from audit_event e order by e.id desc limit 1;     new.prev_hash := coalesce(new.prev_hash, '0000000000000000000000000000000000000000000000000000000000000000');     new.hash := encode(sha256(convert_to(jsonb_build_array(
    new.prev_hash, new.id,
    to_char(new.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    new.actor_id, new.actor_role, new.action, new.target_type, new.target_id,
    new.patient_id, new.outcome, new.error_code, new.ip, new.user_agent,
    new.request_id, new.details
  )::text, 'UTF8')), 'hex');     return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_event_chain" BEFORE INSERT on "audit_event" for each ROW execute function "audit_event_audit_event_chain_fn"();`);

    this.addSql(`drop type "audit_block_kind";`);
  }

}
