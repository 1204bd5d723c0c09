import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '../../kernel/errors.js';
import { fromRows, pageSize } from '../../kernel/graphql/connection.js';
import { Patient } from './patient.entity.js';
import { type PatientQuery, parsePatientQuery } from './search-query.js';

/** A word shorter than this has no trigram to look up: it only narrows by word prefix. */
const TRIGRAM = 3;
/** Shorter words match as substrings only: fuzzily, they resemble too many names to be useful. */
const FUZZY = 5;

interface Filter {
  /** SQL over `p` (patient) choosing the matches; `?` placeholders. */
  where: string;
  whereParams: unknown[];
  /** 0 best: exact, prefix, substring, fuzzy. */
  rank: string;
  rankParams: unknown[];
  /** Tie-break within a rank, higher first. */
  score: string;
  scoreParams: unknown[];
}

const Q = 'cg_search_norm(?)';

/**
 * Name search: every word of three letters or more must be found in the unaccented, lower-cased
 * name (five letters or more: exactly or fuzzily, by trigram word similarity); shorter words must
 * start a word; several words may instead match fuzzily as a whole. The
 * trigram GIN index answers both LIKE '%word%' and `<%`.
 */
function nameFilter(q: Extract<PatientQuery, { kind: 'name' }>): Filter {
  const long = q.tokens.filter((t) => t.length >= TRIGRAM);
  const short = q.tokens.filter((t) => t.length < TRIGRAM);
  const where: string[] = [];
  const whereParams: unknown[] = [];
  if (long.length === 0) {
    where.push(`p.search_name like ${Q} || '%'`);
    whereParams.push(q.text);
  }
  for (const t of long) {
    if (t.length >= FUZZY) {
      where.push(`(p.search_name like '%' || ${Q} || '%' or ${Q} <% p.search_name)`);
      whereParams.push(t, t);
    } else {
      where.push(`p.search_name like '%' || ${Q} || '%'`);
      whereParams.push(t);
    }
  }
  for (const t of short) {
    where.push(`(p.search_name like ${Q} || '%' or p.search_name like '% ' || ${Q} || '%')`);
    whereParams.push(t, t);
  }
  // Several words with a typo in a short one: the whole query may still be close enough.
  const wholeFuzzy =
    q.tokens.length > 1 && short.length === 0 && long.some((t) => t.length >= FUZZY);
  const whole = wholeFuzzy ? ` or ${Q} <% p.search_name` : '';
  return {
    where: `(${where.join(' and ')})${whole}`,
    whereParams: wholeFuzzy ? [...whereParams, q.text] : whereParams,
    rank: `case
      when p.family_key = ${Q} or p.search_name = ${Q} or p.given_first_key = ${Q} then 0
      when p.search_name like ${Q} || '%' or p.given_first_key like ${Q} || '%' then 1
      when p.search_name like '%' || ${Q} || '%' then 2
      else 3 end`,
    rankParams: Array<string>(6).fill(q.text),
    score: `round(word_similarity(${Q}, p.search_name)::numeric, 4)`,
    scoreParams: [q.text],
  };
}

function filterFor(q: PatientQuery): Filter {
  const flat = { rank: '0', rankParams: [], score: '0', scoreParams: [] };
  switch (q.kind) {
    case 'all':
      return { ...flat, where: 'true', whereParams: [] };
    case 'id':
      return { ...flat, where: 'p.id = ?::uuid', whereParams: [q.id] };
    case 'mrn':
      return { ...flat, where: 'p.mrn = ?', whereParams: [q.mrn] };
    case 'mrnPrefix':
      return { ...flat, where: `p.mrn like ? || '%'`, whereParams: [q.prefix] };
    case 'phone':
      return {
        where: `(p.phone_key like cg_phone_key(?) || '%' or p.secondary_phone_key like cg_phone_key(?) || '%')`,
        whereParams: [q.phone, q.phone],
        rank: `case when p.phone_key = cg_phone_key(?) or p.secondary_phone_key = cg_phone_key(?) then 0 else 1 end`,
        rankParams: [q.phone, q.phone],
        score: '0',
        scoreParams: [],
      };
    case 'name':
      return nameFilter(q);
  }
}

interface SearchCursor {
  rank: number;
  score: string;
  name: string;
  id: string;
}

function encodeCursor(c: SearchCursor): string {
  return Buffer.from(JSON.stringify([c.rank, c.score, c.name, c.id])).toString('base64url');
}

function decodeCursor(after: string): SearchCursor {
  try {
    const v: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (
      Array.isArray(v) &&
      v.length === 4 &&
      typeof v[0] === 'number' &&
      typeof v[1] === 'string' &&
      /^-?\d+(\.\d+)?$/.test(v[1]) &&
      typeof v[2] === 'string' &&
      typeof v[3] === 'string' &&
      /^[0-9a-f-]{36}$/.test(v[3])
    ) {
      return { rank: v[0], score: v[1], name: v[2], id: v[3] };
    }
  } catch {
    // falls through to the field error
  }
  throw new ValidationError({ after: 'is not a cursor of this list' });
}

type Row = Record<string, unknown> & {
  _total: number;
  _rank: number | null;
  _score: string | null;
  _name: string | null;
  id: string | null;
};

/**
 * Finds patients (R6) in one SQL statement: matches are ranked in PostgreSQL (exact, prefix,
 * substring, fuzzy; then similarity, name, id), counted, and paged with a keyset cursor over
 * that order. Merged records are left out. Nothing is filtered in Node.
 */
export async function searchPatients(
  em: EntityManager,
  args: { search?: string | null; first?: number | null; after?: string | null },
) {
  const size = pageSize(args.first);
  const query = parsePatientQuery(args.search);
  const f = filterFor(query);
  const cursor = args.after ? decodeCursor(args.after) : null;
  const after = cursor
    ? `where (m._rank, -m._score, m._name, m.id) > (?::int, -(?::numeric), ?, ?::uuid)`
    : '';
  const sql = `
    with m as (
      select p.id, (${f.rank}) as _rank, (${f.score}) as _score, p.search_name as _name
      from patient p
      where p.status <> 'MERGED' and (${f.where})
    )
    select t._total, x._rank, x._score, x._name, p.*
    from (select count(*)::int as _total from m) t
    left join lateral (
      select * from m ${after} order by m._rank, m._score desc, m._name, m.id limit ?
    ) x on true
    -- The page's rows by primary key, never a join over the whole table.
    left join lateral (select * from patient where patient.id = x.id) p on true
    order by x._rank, x._score desc, x._name, x.id`;
  const params = [
    ...f.rankParams,
    ...f.scoreParams,
    ...f.whereParams,
    ...(cursor ? [cursor.rank, cursor.score, cursor.name, cursor.id] : []),
    size + 1,
  ];
  const rows = await em.execute<Row[]>(sql, params);
  const total = rows[0]?._total ?? 0;
  const found = rows.filter((r) => r.id !== null);
  const keys = new Map<Patient, SearchCursor>();
  const patients = found.map((r) => {
    const { _rank, _score, _name, ...rest } = r;
    const columns: Record<string, unknown> = { ...rest };
    delete columns._total;
    const patient = em.map(Patient, columns);
    keys.set(patient, {
      rank: Number(_rank),
      score: String(_score),
      name: String(_name),
      id: patient.id,
    });
    return patient;
  });
  return fromRows(
    patients,
    size,
    total,
    (p) => encodeCursor(keys.get(p) ?? { rank: 0, score: '0', name: '', id: p.id }),
    cursor !== null,
  );
}
