/**
 * The SQL expression that hashes one audit row: its content, its sequence number (`id`) and, for
 * the rows written before blocks existed, the previous row's hash (`prev_hash`, null on every
 * newer row). The insert trigger and `audit:verify` use this same text, so they cannot disagree
 * on the format. `jsonb_build_array(...)::text` is canonical and keeps nulls distinct from empty
 * strings.
 */
export function auditDigestSql(row: string): string {
  return `encode(sha256(convert_to(jsonb_build_array(
    ${row}.prev_hash, ${row}.id,
    to_char(${row}.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    ${row}.actor_id, ${row}.actor_role, ${row}.action, ${row}.target_type, ${row}.target_id,
    ${row}.patient_id, ${row}.outcome, ${row}.error_code, ${row}.ip, ${row}.user_agent,
    ${row}.request_id, ${row}.details
  )::text, 'UTF8')), 'hex')`;
}

/**
 * The rows of a block as the block hash sees them, in sequence order: `id:hash` of each, comma
 * separated. The ids are inside, so a row cannot be renumbered or moved without the block's hash
 * changing. `e` is the alias of `audit_event` in the surrounding query.
 */
export const BLOCK_ROWS_SQL = `coalesce(string_agg(e.id || ':' || coalesce(e.hash, ''), ',' order by e.id), '')`;

/**
 * The SQL expression that hashes one block: its own fields, the previous block's hash, and its
 * rows (`BLOCK_ROWS_SQL` for a block; for the legacy chain, `id:hash` of the chain's last row, which
 * the chain makes depend on every row before it). Each argument is an SQL expression. The copy in
 * the migration that sealed the legacy chain (Migration20261202055324) must stay equal to it.
 */
export function auditBlockDigestSql(b: {
  prevHash: string;
  number: string;
  kind: string;
  firstSeq: string;
  lastSeq: string;
  rowCount: string;
  rows: string;
}): string {
  return `encode(sha256(convert_to(jsonb_build_array(
    ${b.prevHash}, (${b.number})::text, ${b.kind}, (${b.firstSeq})::text, (${b.lastSeq})::text,
    (${b.rowCount})::text, ${b.rows}
  )::text, 'UTF8')), 'hex')`;
}

/** Hash that stands before the first row of the legacy chain and before the first block. */
export const GENESIS_HASH = '0'.repeat(64);

/** Arbitrary advisory-lock key that lets one sealer at a time append blocks. */
export const AUDIT_SEAL_LOCK = 74_280_012;

/** Most rows in one block: bounds the string hashed and the work of one sealing statement. */
export const BLOCK_MAX_ROWS = 5000;
