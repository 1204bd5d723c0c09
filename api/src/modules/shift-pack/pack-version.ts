import { serialize } from '@mikro-orm/core';
import { fingerprint } from '../../kernel/write-once.js';

/** Hex digits of the SHA-256 kept as a pack's version: 64 bits, plenty to tell two packs apart. */
const VERSION_DIGITS = 16;

/**
 * An entity as plain data for the version: its columns, relations by id only (never the related
 * row, which has a version of its own or is not in the pack).
 */
export function entityContent(entity: object): unknown {
  return serialize(entity, { populate: [] });
}

/**
 * The version of a pack's content: a short SHA-256 of its canonical JSON (keys sorted, instants in
 * ISO, a null field the same as an absent one — the write path's fingerprint). The same content
 * gives the same version whatever the order of object keys and whenever it is read.
 */
export function packVersion(content: unknown): string {
  return fingerprint(content).slice(0, VERSION_DIGITS);
}
