// Gzip size of the JavaScript the login screen needs: the sign-in page's entry (login.html, its
// own document) and every chunk it imports statically, read from Vite's build manifest.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export function firstScreenJs(dist, page = 'login.html') {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const seen = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(page);
  const files = [...seen].filter((f) => f.endsWith('.js'));
  const rows = files.map((file) => {
    const buf = readFileSync(path.join(dist, file));
    return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  const total = rows.reduce((s, r) => s + r.gzip, 0);
  const raw = rows.reduce((s, r) => s + r.raw, 0);
  return { files: rows, gzipBytes: total, rawBytes: raw };
}

// `node bench/pwa/first-screen.mjs [dist] [--max-kb N]`: the breakdown; with --max-kb, exits 1
// when the total is over N KB gzip (`npm test` checks the budget, 250 KB, after the build).
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const maxAt = args.indexOf('--max-kb');
  const maxKb = maxAt >= 0 ? Number(args[maxAt + 1]) : undefined;
  const positional = args.filter((a, i) => !a.startsWith('--') && (maxAt < 0 || i !== maxAt + 1));
  const dist = positional[0] ?? path.resolve('pwa/dist');
  const r = firstScreenJs(dist);
  for (const f of r.files) console.log(`${(f.gzip / 1024).toFixed(1).padStart(8)} KB  ${f.file}`);
  const kb = r.gzipBytes / 1024;
  console.log(
    `first-screen JS: ${kb.toFixed(1)} KB gzip (${(r.rawBytes / 1024).toFixed(0)} KB raw)`,
  );
  if (maxKb !== undefined && !(kb <= maxKb)) {
    console.error(
      `over the budget of ${String(maxKb)} KB gzip: what the login screen loads grew. ` +
        'Move what only signed-in screens need out of its chunks (bench/pwa/README.md).',
    );
    process.exit(1);
  }
}
