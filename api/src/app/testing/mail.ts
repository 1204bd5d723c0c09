import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  deliverQueuedMail,
  MailOutbox,
  MailStatus,
  type MailKind,
} from '../../modules/mail/index.js';
import type { TestApp } from './test-app.js';

/** The decoded text body of an RFC 822 message (7bit, quoted-printable or base64). */
export function emlText(eml: string): string {
  const [head = '', ...rest] = eml.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString();
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/**
 * Delivers the outbox (unless `wait`: then waits for someone else to) until the mail of `kind` to
 * `to` is sent, and returns its outbox row and the `.eml` file's text, token included.
 */
export async function deliveredMail(
  app: TestApp,
  to: string,
  kind: MailKind,
  after?: Date,
  { wait = false } = {},
) {
  for (let i = 0; i < 100; i++) {
    if (!wait) await deliverQueuedMail(app.em(), app.clock, app.config.mail);
    const row = await app
      .em()
      .findOne(
        MailOutbox,
        { to, kind, ...(after ? { createdAt: { $gte: after } } : {}) },
        { orderBy: { createdAt: 'desc' } },
      );
    if (row?.status === MailStatus.SENT) {
      const files = await readdir(app.config.mail.dir);
      const file = files.find((f) => f.includes(row.id));
      if (file) {
        const eml = await readFile(path.join(app.config.mail.dir, file), 'utf8');
        return { row, eml, text: emlText(eml) };
      }
    }
    await sleep(100);
  }
  throw new Error(`no ${kind} mail delivered to ${to}`);
}

/** The token of the first `/<page>?token=` link of a mail's text. */
export function tokenIn(text: string, page: string): string {
  const m = new RegExp(`/${page}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!m?.[1]) throw new Error(`no ${page} link in the mail`);
  return m[1];
}
