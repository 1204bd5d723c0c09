import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

/**
 * The few pieces of the POSIX tar format (ustar, with pax headers for long names and big files)
 * that backups need, gzip-compressed with Node's zlib: GNU tar, bsdtar and 7-Zip read the archives
 * (`tar -tzf backup.tar.gz`). Files are read as they are at the moment they are read, which is
 * what a base backup wants of a live cluster (see `fileEntry`).
 */

const BLOCK = 512;
const CHUNK = 1 << 20;
/** The largest size an ustar header holds (11 octal digits); larger files get a pax `size`. */
const USTAR_MAX_SIZE = 0o77777777777;

export type Chunk = Buffer;

/** One member of an archive, as it comes out of `entries`. */
export interface TarEntry {
  name: string;
  type: 'file' | 'directory';
  mode: number;
  size: number;
}

/** Writes the chunks of a tar stream, gzip-compressed, into a file. */
export async function writeTarGz(
  file: string,
  chunks: AsyncIterable<Chunk>,
  level = 6,
): Promise<void> {
  await pipeline(
    async function* () {
      yield* chunks;
      // Two empty blocks end an archive.
      yield Buffer.alloc(BLOCK * 2);
    },
    createGzip({ level }),
    createWriteStream(file, { mode: 0o600 }),
  );
}

/** A directory member. */
export function directoryEntry(name: string, mode = 0o700): Chunk[] {
  return header(name.endsWith('/') ? name : `${name}/`, '5', 0, mode);
}

/** A member holding these bytes. */
export function bufferEntry(name: string, data: Buffer, mode = 0o600): Chunk[] {
  return [...header(name, '0', data.length, mode), data, padding(data.length)];
}

/**
 * A member holding a file as it is now. The size is taken when the file is opened: a file that
 * grows meanwhile is cut there, one that shrinks is padded with zeros (what pg_basebackup does: the
 * WAL replayed at recovery rewrites such pages). A file gone before it is opened yields nothing.
 */
export async function* fileEntry(name: string, file: string, mode?: number): AsyncGenerator<Chunk> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return;
    throw err;
  }
  try {
    const stat = await handle.stat();
    const size = stat.size;
    yield* header(name, '0', size, mode ?? stat.mode & 0o7777);
    let done = 0;
    while (done < size) {
      const buffer = Buffer.alloc(Math.min(CHUNK, size - done));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, done);
      if (bytesRead === 0) {
        // Shrunk since it was opened: zeros up to the size announced.
        yield Buffer.alloc(size - done);
        done = size;
        break;
      }
      yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
      done += bytesRead;
    }
    yield padding(size);
  } finally {
    await handle.close();
  }
}

function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}

function header(name: string, type: '0' | '5', size: number, mode: number): Chunk[] {
  const out: Chunk[] = [];
  const split = splitName(name);
  const pax: Record<string, string> = {};
  if (!split) pax.path = name;
  if (size > USTAR_MAX_SIZE) pax.size = String(size);
  if (Object.keys(pax).length > 0) {
    const body = Buffer.from(
      Object.entries(pax)
        .map(([k, v]) => paxRecord(k, v))
        .join(''),
    );
    out.push(
      ustar({ name: 'PaxHeader', prefix: '', type: 'x', size: body.length, mode: 0o644 }),
      body,
      padding(body.length),
    );
  }
  const { prefix, base } = split ?? { prefix: '', base: asciiTail(name) };
  out.push(ustar({ name: base, prefix, type, size: size > USTAR_MAX_SIZE ? 0 : size, mode }));
  return out;
}

/** `<length> <key>=<value>\n`, where the length counts the whole record, itself included. */
function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  const restBytes = Buffer.byteLength(rest);
  let length = restBytes + 1;
  while (String(length).length + restBytes !== length) length = String(length).length + restBytes;
  return `${String(length)}${rest}`;
}

/** An ASCII name split into ustar's prefix (≤ 155 bytes) and name (≤ 100), if it can be. */
function splitName(name: string): { prefix: string; base: string } | undefined {
  if (!/^[\x20-\x7e]*$/.test(name)) return undefined;
  if (name.length <= 100) return { prefix: '', base: name };
  for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i);
    const base = name.slice(i + 1);
    if (prefix.length <= 155 && base.length > 0 && base.length <= 100) return { prefix, base };
  }
  return undefined;
}

function asciiTail(name: string): string {
  return name.replace(/[^\x20-\x7e]/g, '_').slice(-100);
}

function ustar(h: { name: string; prefix: string; type: string; size: number; mode: number }) {
  const block = Buffer.alloc(BLOCK);
  block.write(h.name, 0, 100, 'ascii');
  octal(block, 100, 8, h.mode);
  octal(block, 108, 8, 0);
  octal(block, 116, 8, 0);
  octal(block, 124, 12, h.size);
  octal(block, 136, 12, Math.floor(Date.now() / 1000));
  block.write(h.type, 156, 1, 'ascii');
  block.write('ustar\u000000', 257, 8, 'ascii');
  block.write(h.prefix, 345, 155, 'ascii');
  // The checksum is computed with its own field as eight spaces.
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'ascii');
  return block;
}

function octal(block: Buffer, offset: number, length: number, value: number) {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\u0000`, offset, length, 'ascii');
}

/**
 * Unpacks a .tar.gz written by `writeTarGz` into `dir`, which it creates. Only files and
 * directories are accepted, and only relative names inside `dir`: anything else (links, devices,
 * `..`, absolute paths) makes the archive refused. Returns the members, in order.
 */
export async function extractTarGz(file: string, dir: string): Promise<TarEntry[]> {
  await mkdir(dir, { recursive: true });
  const root = path.resolve(dir);
  const members: TarEntry[] = [];
  const input = createReadStream(file).pipe(createGunzip());
  const reader = new ByteReader(input[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
  let paxPath: string | undefined;
  let paxSize: number | undefined;
  for (;;) {
    const block = await reader.read(BLOCK);
    if (!block) throw new Error(`${file}: the archive ends before its end marker (truncated?)`);
    if (block.every((b) => b === 0)) break;
    checkChecksum(block, file);
    const type = String.fromCharCode(block[156] ?? 0);
    const size = paxSize ?? parseOctal(block, 124, 12);
    const mode = parseOctal(block, 100, 8);
    const prefix = text(block, 345, 155);
    const name = paxPath ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100));
    paxPath = undefined;
    paxSize = undefined;
    if (type === 'x') {
      const records = parsePax((await reader.read(size + padding(size).length)) ?? Buffer.alloc(0));
      paxPath = records.path;
      paxSize = records.size === undefined ? undefined : Number(records.size);
      continue;
    }
    if (type === 'g') {
      await reader.skip(size + padding(size).length);
      continue;
    }
    const target = safeTarget(root, name, file);
    if (type === '5') {
      await mkdir(target, { recursive: true, mode: mode & 0o7777 });
      await chmod(target, mode & 0o7777);
      members.push({ name: name.replace(/\/$/, ''), type: 'directory', mode, size: 0 });
      continue;
    }
    if (type !== '0' && type !== '\u0000') {
      throw new Error(`${file}: member ${name} is not a plain file or directory (type ${type})`);
    }
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const out = await open(target, 'wx', mode & 0o7777);
    try {
      for await (const piece of reader.take(size)) await out.write(piece);
    } finally {
      await out.close();
    }
    await chmod(target, mode & 0o7777);
    await reader.skip(padding(size).length);
    members.push({ name, type: 'file', mode, size });
  }
  return members;
}

function safeTarget(root: string, name: string, file: string): string {
  const clean = name.replace(/\/+$/, '');
  const target = path.resolve(root, clean);
  if (
    clean === '' ||
    path.isAbsolute(clean) ||
    clean.split('/').includes('..') ||
    !target.startsWith(root + path.sep)
  ) {
    throw new Error(`${file}: member ${JSON.stringify(name)} would land outside the target`);
  }
  return target;
}

function checkChecksum(block: Buffer, file: string) {
  const stored = parseOctal(block, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  if (sum !== stored) throw new Error(`${file}: not a tar archive, or a damaged one`);
}

function text(block: Buffer, offset: number, length: number): string {
  const raw = block.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

function parseOctal(block: Buffer, offset: number, length: number): number {
  const s = text(block, offset, length).trim();
  return s === '' ? 0 : Number.parseInt(s, 8);
}

function parsePax(body: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < body.length && body[at] !== 0) {
    const space = body.indexOf(0x20, at);
    if (space === -1) break;
    const length = Number(body.subarray(at, space).toString('ascii'));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = body.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return out;
}

/** Exact-length reads over a stream of chunks. */
class ByteReader {
  private buffered: Buffer = Buffer.alloc(0);

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  /** Exactly `n` bytes, or undefined when the stream ends first. */
  async read(n: number): Promise<Buffer | undefined> {
    const parts: Buffer[] = [];
    let got = 0;
    for await (const piece of this.take(n)) {
      parts.push(piece);
      got += piece.length;
    }
    return got === n ? Buffer.concat(parts, n) : undefined;
  }

  async skip(n: number): Promise<void> {
    const pieces = this.take(n);
    while (!(await pieces.next()).done) {
      // Read and dropped.
    }
  }

  /** The next `n` bytes, in pieces; fewer only when the stream ends. */
  async *take(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.buffered.length === 0) {
        const next = await this.source.next();
        if (next.done) return;
        this.buffered = next.value;
        continue;
      }
      const piece = this.buffered.subarray(0, Math.min(left, this.buffered.length));
      this.buffered = this.buffered.subarray(piece.length);
      left -= piece.length;
      yield piece;
    }
  }
}

function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code;
}
