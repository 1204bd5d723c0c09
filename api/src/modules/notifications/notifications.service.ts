import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { NotFoundError } from '../../kernel/errors.js';
import { pageSize } from '../../kernel/graphql/connection.js';
import { publishAfterCommit } from '../../kernel/pubsub.js';
import { User } from '../auth/index.js';
import type { NotificationKind, NotificationParams } from './notification-kind.js';
import { Notification } from './notification.entity.js';

export const NOTIFICATION_TOPIC = 'NOTIFICATION_ADDED';

/**
 * What a live push carries: ids only. The subscriber reads the notification once the push
 * arrives (after commit), and the payload stays far below a PostgreSQL NOTIFY's 8 KB.
 */
export interface NotificationPush {
  userId: string;
  notificationId: string;
}

export interface NewNotification<K extends NotificationKind> {
  userId: string;
  kind: K;
  params: NotificationParams[K];
  urgent?: boolean;
  link?: string | null;
  at: Date;
}

/** Stores a notification and pushes it live to its user once the transaction commits. */
export function notify<K extends NotificationKind>(
  em: EntityManager,
  n: NewNotification<K>,
): Notification {
  const notification = em.create(Notification, {
    user: em.getReference(User, n.userId),
    kind: n.kind,
    params: { ...n.params },
    urgent: n.urgent ?? false,
    link: n.link ?? null,
    createdAt: n.at,
  });
  publishAfterCommit(NOTIFICATION_TOPIC, {
    userId: n.userId,
    notificationId: notification.id,
  } satisfies NotificationPush);
  return notification;
}

/**
 * The notification a live push names, read for its user. Each push reads in a fork of its own,
 * so that a long-lived subscription holds no entities between events. One that no longer exists
 * (its account was deleted since) is "not found".
 */
export async function pushedNotification(
  ctx: RequestContext,
  push: NotificationPush,
): Promise<Notification> {
  const viewer = requireViewer(ctx);
  const found = await ctx.em
    .fork()
    .findOne(Notification, { id: push.notificationId, user: viewer.userId });
  if (!found) throw new NotFoundError('Notification');
  return found;
}

/** The caller's notifications, newest first. */
export function listNotifications(
  ctx: RequestContext,
  args: { unreadOnly?: boolean; first?: number; after?: string },
) {
  const viewer = requireViewer(ctx);
  return ctx.em.findByCursor(Notification, {
    where: { user: viewer.userId, ...(args.unreadOnly ? { readAt: null } : {}) },
    first: pageSize(args.first),
    after: args.after,
    orderBy: { createdAt: 'desc', id: 'desc' },
    includeCount: true,
  });
}

export function unreadCount(ctx: RequestContext): Promise<number> {
  return ctx.em.count(Notification, { user: requireViewer(ctx).userId, readAt: null });
}

/** Marks one of the caller's notifications read; someone else's is "not found". */
export async function markRead(ctx: RequestContext, id: string): Promise<Notification> {
  const viewer = requireViewer(ctx);
  const found = z.uuid().safeParse(id).success
    ? await ctx.em.findOne(Notification, { id, user: viewer.userId })
    : null;
  if (!found) throw new NotFoundError('Notification');
  found.readAt ??= ctx.clock.now();
  return found;
}

export async function markAllRead(ctx: RequestContext): Promise<number> {
  const viewer = requireViewer(ctx);
  return ctx.em.nativeUpdate(
    Notification,
    { user: viewer.userId, readAt: null },
    { readAt: ctx.clock.now() },
  );
}
