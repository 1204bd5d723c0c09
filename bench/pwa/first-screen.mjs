// Gzip size of the JavaScript the login screen needs: the entry chunk, the login page chunk and
// every chunk they import statically, read from Vite's build manifest.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export function firstScreenJs(dist, pageSource = 'src/pages/auth/LoginPage.tsx') {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const seen = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit('index.html');
  visit(pageSource);
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? path.resolve('pwa/dist');
  const r = firstScreenJs(dist);
  for (const f of r.files) console.log(`${(f.gzip / 1024).toFixed(1).padStart(8)} KB  ${f.file}`);
  console.log(
    `first-screen JS: ${(r.gzipBytes / 1024).toFixed(1)} KB gzip (${(r.rawBytes / 1024).toFixed(0)} KB raw)`,
  );
}
