import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import { Connection, fromCursor } from '../../kernel/graphql/connection.js';
import { Notification } from './notification.entity.js';
import * as notifications from './notifications.service.js';
import { NOTIFICATION_TOPIC, type NotificationPush } from './notifications.service.js';

@ObjectType({ description: 'A page of notifications, newest first.' })
export class NotificationConnection extends Connection(Notification, 'Notification') {}

@InputType({ description: 'The notification to mark read.' })
export class MarkNotificationReadInput {
  @Field(() => ID, { description: 'Notification id.' })
  id!: string;
}

@Resolver(() => Notification)
export class NotificationsResolver {
  @Query(() => NotificationConnection, { description: 'The caller’s notifications.' })
  async notifications(
    @Ctx() ctx: RequestContext,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<NotificationConnection> {
    return fromCursor(await notifications.listNotifications(ctx, { unreadOnly, first, after }));
  }

  @Query(() => Int, { description: 'How many of the caller’s notifications are unread.' })
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return notifications.unreadCount(ctx);
  }

  @Mutation(() => Notification, { description: 'Marks one notification read.' })
  markNotificationRead(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MarkNotificationReadInput) input: MarkNotificationReadInput,
  ): Promise<Notification> {
    return notifications.markRead(ctx, input.id);
  }

  @Mutation(() => Int, { description: 'Marks every notification read; returns how many.' })
  markAllNotificationsRead(@Ctx() ctx: RequestContext): Promise<number> {
    return notifications.markAllRead(ctx);
  }

  @Subscription(() => Notification, {
    topics: NOTIFICATION_TOPIC,
    filter: ({ payload, context }: { payload: NotificationPush; context: RequestContext }) =>
      payload.userId === context.viewer?.userId,
    description: 'Each new notification for the caller, live.',
  })
  notificationAdded(
    @Root() push: NotificationPush,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification> {
    return notifications.pushedNotification(ctx, push);
  }
}
