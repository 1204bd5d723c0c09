import { Migration } from '@mikro-orm/migrations';

export class Migration20261202032458 extends Migration {

  override name = 'Migration20261202032458';

  override up(): void | Promise<void> {
    this.addSql(`create index "audit_event_denied_idx" on "audit_event" ("occurred_at", "actor_id") where "outcome" = 'DENIED';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "audit_event_denied_idx";`);
  }

}
