import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { NotFoundError } from '../../kernel/errors.js';
import { pageSize } from '../../kernel/graphql/connection.js';
import { publishAfterCommit } from '../../kernel/pubsub.js';
import { User } from '../auth/index.js';
import { Notification } from './notification.entity.js';

export const NOTIFICATION_TOPIC = 'NOTIFICATION_ADDED';

/** The event carries the notification itself, so delivering it costs no query. */
export interface NotificationEvent {
  userId: string;
  notification: Pick<
    Notification,
    'id' | 'kind' | 'title' | 'body' | 'urgent' | 'link' | 'readAt' | 'createdAt'
  >;
}

export interface NewNotification {
  userId: string;
  kind: string;
  title: string;
  body: string;
  urgent?: boolean;
  link?: string | null;
  at: Date;
}

/** Stores a notification and pushes it live to its user once the transaction commits. */
export function notify(em: EntityManager, n: NewNotification): Notification {
  const notification = em.create(Notification, {
    user: em.getReference(User, n.userId),
    kind: n.kind,
    title: n.title,
    body: n.body,
    urgent: n.urgent ?? false,
    link: n.link ?? null,
    createdAt: n.at,
  });
  publishAfterCommit(NOTIFICATION_TOPIC, {
    userId: n.userId,
    notification: {
      id: notification.id,
      kind: notification.kind,
      title: notification.title,
      body: notification.body,
      urgent: notification.urgent,
      link: notification.link ?? null,
      readAt: null,
      createdAt: notification.createdAt,
    },
  } satisfies NotificationEvent);
  return notification;
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
