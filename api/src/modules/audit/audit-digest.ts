/**
 * The SQL expression that hashes one audit row together with the previous row's hash. The
 * insert trigger and `audit:verify` use this same text, so they cannot disagree on the format.
 * `jsonb_build_array(...)::text` is canonical and keeps nulls distinct from empty strings.
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

/** Hash that stands before the first row of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Arbitrary advisory-lock key that serialises appends to the chain. */
export const AUDIT_CHAIN_LOCK = 74_280_011;
