/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`, e.g. `run.ts --cpu-prof DIR`): self
 * time by function and by package, and total (inclusive) time of the functions that matter most,
 * over the samples after `--skip` seconds (start-up left out).
 *
 *   node ../bench/pipeline/profile-summary.ts FILE.cpuprofile --skip 30 --top 40
 *   node ../bench/pipeline/profile-summary.ts FILE.cpuprofile --last 20 --until 2
 */
import { readFileSync } from 'node:fs';
import { flag } from '../patients/db.js';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2] ?? '';
const skip = Number(flag('skip', '0')) * 1e6;
/** Only the samples of the last N seconds before `--until` (seconds before the end), if given. */
const last = Number(flag('last', '0')) * 1e6;
const until = Number(flag('until', '0')) * 1e6;
const top = Number(flag('top', '40'));
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const where = (n: Node) => {
  const u = n.callFrame.url;
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(u);
  if (m?.[1]) return m[1];
  if (u.includes('/api/src/')) return `api/src/${u.split('/api/src/')[1]?.split('/')[0] ?? ''}`;
  if (u.startsWith('node:')) return u;
  return u ? 'other' : `(${n.callFrame.functionName || 'native'})`;
};
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*\/api\/src\//, 'src/')}:${String(n.callFrame.lineNumber + 1)}`;

const self = new Map<string, number>();
const pkg = new Map<string, number>();
const total = new Map<string, number>();
const pkgTotal = new Map<string, number>();
const duration = p.timeDeltas.reduce((a, b) => a + b, 0);
const from = last ? duration - until - last : skip;
const to = duration - until;
console.log(
  `profile: ${(duration / 1e6).toFixed(1)} s; summarised ${(from / 1e6).toFixed(1)}-${(to / 1e6).toFixed(1)} s`,
);
let t = p.startTime;
let counted = 0;
for (let i = 0; i < p.samples.length; i++) {
  t += p.timeDeltas[i] ?? 0;
  if (t - p.startTime < from || t - p.startTime > to) continue;
  const id = p.samples[i] ?? 0;
  const n = byId.get(id);
  if (!n) continue;
  counted++;
  self.set(label(n), (self.get(label(n)) ?? 0) + 1);
  pkg.set(where(n), (pkg.get(where(n)) ?? 0) + 1);
  const seen = new Set<string>();
  const seenPkg = new Set<string>();
  for (let k: number | undefined = id; k !== undefined; k = parent.get(k)) {
    const a = byId.get(k);
    if (!a) break;
    const w = where(a);
    if (!seenPkg.has(w)) {
      seenPkg.add(w);
      pkgTotal.set(w, (pkgTotal.get(w) ?? 0) + 1);
    }
    const l = label(a);
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + 1);
  }
}
const show = (title: string, m: Map<string, number>, n: number) => {
  console.log(`\n${title} (${String(counted)} samples)`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(`${((100 * v) / counted).toFixed(1).padStart(5)} %  ${k}`);
  }
};
show('self time by package', pkg, 30);
show(
  'total time by package (synchronous stacks only: time after an await has no caller)',
  pkgTotal,
  30,
);
show('self time by function', self, top);
show('total time by function', total, top);
