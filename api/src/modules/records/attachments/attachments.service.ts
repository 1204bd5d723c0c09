import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response, type Router } from 'express';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../../kernel/clock.js';
import type { RequestContext, Viewer } from '../../../kernel/context.js';
import { pageSize } from '../../../kernel/graphql/connection.js';
import { hasForbiddenCharacters } from '../../../kernel/text-input.js';
import { AuditOutcome, writeAuditEvent } from '../../audit/index.js';
import { User } from '../../auth/index.js';
import { Patient } from '../../patients/index.js';
import { auditPatientRead, PatientPart, requirePatientAccess } from '../../access/index.js';
import { auditClinicalRead, isUuid, patientInScope } from '../access.js';
import { ATTACHMENT_ROLES } from '../records.rules.js';
import { Attachment } from './attachment.entity.js';
import { Encounter } from '../encounters/encounter.entity.js';
import { MAX_ATTACHMENT_BYTES, sniffType } from './file-sniff.js';

export async function listAttachments(
  ctx: RequestContext,
  args: { patientId: string; first?: number; after?: string },
) {
  const patient = await patientInScope(ctx, args.patientId, PatientPart.CARE_TEAM);
  await auditClinicalRead(ctx, [patient.id], 'attachments');
  return ctx.em.findByCursor(Attachment, {
    where: { patient: patient.id },
    first: pageSize(args.first),
    after: args.after,
    orderBy: { occurredAt: 'desc', id: 'desc' },
    includeCount: true,
  });
}

/** Content-addressed: the same bytes are stored once, under their SHA-256. */
export function attachmentPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'attachments', sha256.slice(0, 2), sha256);
}

export interface FileRouteDeps {
  orm: MikroORM;
  clock: Clock;
  dataDir: string;
  /** Resolves the caller from the Authorization header, as GraphQL requests do. */
  viewerOf(em: EntityManager, authorization: string | undefined): Promise<Viewer | null>;
}

function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

/** A refused upload or download leaves an audit row, as refused GraphQL operations do. */
async function auditRefusal(
  deps: FileRouteDeps,
  em: EntityManager,
  req: Request,
  viewer: Viewer,
  action: string,
  code: string,
  fileId?: string,
) {
  await writeAuditEvent(em.fork(), origin(req, viewer), {
    action,
    outcome: AuditOutcome.DENIED,
    errorCode: code,
    targetType: fileId ? 'Attachment' : null,
    targetId: fileId ?? null,
    at: deps.clock.now(),
  });
}

function accessContext(deps: FileRouteDeps, em: EntityManager, req: Request, viewer: Viewer) {
  const o = origin(req, viewer);
  return {
    viewer,
    em,
    clock: deps.clock,
    requestId: o.requestId,
    ip: o.ip,
    userAgent: o.userAgent,
  };
}

function origin(req: Request, viewer: Viewer) {
  return {
    requestId: (req.res?.locals.requestId as string | undefined) ?? 'files',
    ip: req.ip ?? null,
    userAgent: req.header('user-agent') ?? null,
    actorId: viewer.userId,
    actorRole: viewer.role,
  };
}

/**
 * `POST /files?patientId=&encounterId=&title=&fileName=` with the raw bytes as body (at most
 * 20 MB; PDF, PNG, JPEG or WebP by content), and `GET /files/:id`. Both need a bearer token of a
 * doctor or nurse; an unknown file, or one the caller may not read, is 404. Every upload and
 * download leaves an audit row naming the patient.
 */
export function attachmentRoutes(deps: FileRouteDeps): Router {
  const router = express.Router();
  const raw = express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES });

  router.post('/', async (req, res, next) => {
    try {
      const em = deps.orm.em.fork();
      const viewer = await deps.viewerOf(em, req.header('authorization'));
      if (!viewer || viewer.mustChangePassword || viewer.mfaEnrolmentRequired) {
        fail(res, 401, 'UNAUTHENTICATED', 'You must sign in.');
        return;
      }
      if (!ATTACHMENT_ROLES.includes(viewer.role)) {
        await auditRefusal(deps, em, req, viewer, 'uploadAttachment', 'FORBIDDEN');
        fail(res, 403, 'FORBIDDEN', 'You are not allowed to do this.');
        return;
      }
      raw(req, res, (err?: unknown) => {
        if (err) {
          const tooBig = (err as { type?: string }).type === 'entity.too.large';
          fail(
            res,
            tooBig ? 413 : 400,
            'BAD_USER_INPUT',
            tooBig ? 'The file is over 20 MB.' : 'Unreadable upload.',
          );
          return;
        }
        store(deps, em, viewer, req, res).catch(next);
      });
    } catch (e) {
      next(e);
    }
  });

  router.get('/:id', async (req, res, next) => {
    try {
      const em = deps.orm.em.fork();
      const viewer = await deps.viewerOf(em, req.header('authorization'));
      if (!viewer || viewer.mustChangePassword || viewer.mfaEnrolmentRequired) {
        fail(res, 401, 'UNAUTHENTICATED', 'You must sign in.');
        return;
      }
      const id = req.params.id;
      const access = accessContext(deps, em, req, viewer);
      const file = isUuid(id) ? await em.findOne(Attachment, id) : null;
      // The access policy decides, as for every read: an unknown file and a file of a patient
      // the caller may not read answer alike.
      const readable =
        file &&
        (await requirePatientAccess(access, file.patient.id, PatientPart.CARE_TEAM).then(
          () => true,
          () => false,
        ));
      const onDisk = file ? attachmentPath(deps.dataDir, file.sha256) : '';
      if (!file || !readable || !existsSync(onDisk)) {
        if (file && !readable) {
          await auditRefusal(deps, em, req, viewer, 'downloadAttachment', 'NOT_FOUND', file.id);
        }
        fail(res, 404, 'NOT_FOUND', 'File not found.');
        return;
      }
      await auditPatientRead(
        access,
        [file.patient.id],
        { action: 'downloadAttachment' },
        { type: 'Attachment', id: file.id },
      );
      res.setHeader('content-type', file.contentType);
      res.setHeader('content-length', String(file.sizeBytes));
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader(
        'content-disposition',
        `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      );
      createReadStream(onDisk).pipe(res);
    } catch (e) {
      next(e);
    }
  });
  return router;
}

async function store(
  deps: FileRouteDeps,
  em: EntityManager,
  viewer: Viewer,
  req: Request,
  res: Response,
) {
  const body: unknown = req.body;
  const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
  const q = req.query;
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const patientId = str(q.patientId);
  const encounterId = str(q.encounterId);
  if ([q.fileName, q.title].some((v) => typeof v === 'string' && hasForbiddenCharacters(v))) {
    fail(
      res,
      400,
      'BAD_USER_INPUT',
      'The file name or title holds characters that are not allowed.',
    );
    return;
  }
  const fileName = (str(q.fileName) || 'document').normalize('NFC').slice(0, 255);
  const title = (str(q.title) || fileName).normalize('NFC').slice(0, 200);
  const inScope = await requirePatientAccess(
    accessContext(deps, em, req, viewer),
    patientId,
    PatientPart.CARE_TEAM,
  ).then(
    () => true,
    () => false,
  );
  const patient = inScope ? await em.findOne(Patient, patientId) : null;
  if (!patient) {
    fail(res, 404, 'NOT_FOUND', 'Patient not found.');
    return;
  }
  const encounter =
    encounterId && isUuid(encounterId)
      ? await em.findOne(Encounter, { id: encounterId, patient: patient.id })
      : null;
  if (encounterId && !encounter) {
    fail(res, 400, 'BAD_USER_INPUT', 'encounterId is not a visit of this patient.');
    return;
  }
  if (bytes.length === 0) {
    fail(res, 400, 'BAD_USER_INPUT', 'The file is empty.');
    return;
  }
  const contentType = sniffType(bytes);
  if (!contentType) {
    await writeAuditEvent(em, origin(req, viewer), {
      action: 'uploadAttachment',
      outcome: AuditOutcome.FAILURE,
      errorCode: 'UNSUPPORTED_MEDIA_TYPE',
      patientId: patient.id,
      at: deps.clock.now(),
    });
    fail(res, 415, 'BAD_USER_INPUT', 'Only PDF, PNG, JPEG and WebP files are accepted.');
    return;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = attachmentPath(deps.dataDir, sha256);
  // Files are stored by content: the same bytes uploaded twice are kept once.
  const wroteFile = !existsSync(target);
  if (wroteFile) {
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${String(process.pid)}.${String(Date.now())}.tmp`;
    await writeFile(tmp, bytes, { mode: 0o600 });
    await rename(tmp, target);
  }
  const user = await em.findOneOrFail(User, viewer.userId);
  const now = deps.clock.now();
  const attachment = await em
    .transactional(async (tx) => {
      const a = tx.create(Attachment, {
        patient,
        encounter,
        title,
        fileName,
        contentType,
        sizeBytes: bytes.length,
        sha256,
        occurredAt: now,
        recordedAt: now,
        recordedById: user.id,
        recordedByName: user.displayName,
      });
      await tx.flush();
      await writeAuditEvent(tx, origin(req, viewer), {
        action: 'uploadAttachment',
        outcome: AuditOutcome.SUCCESS,
        targetType: 'Attachment',
        targetId: a.id,
        patientId: patient.id,
        details: { contentType, sizeBytes: bytes.length },
        at: now,
      });
      return a;
    })
    .catch(async (err: unknown) => {
      // No row, no file: a file this request wrote and no record points to goes again.
      if (wroteFile && (await em.count(Attachment, { sha256 })) === 0)
        await rm(target, { force: true });
      throw err;
    });
  res.status(201).json({
    id: attachment.id,
    contentType,
    sizeBytes: bytes.length,
    sha256,
    url: attachment.url,
  });
}
