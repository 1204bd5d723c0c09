import { Migration } from '@mikro-orm/migrations';

/**
 * Per-IP attempt counters, shared by every API instance (kernel/rate-limit.ts). Not an entity:
 * rate-limiter-flexible's RateLimiterPostgres reads and writes it, in the layout it expects, and
 * is told the table exists (`tableCreated: true`) rather than creating it at run time.
 */
export class Migration20261202050000 extends Migration {

  override name = 'Migration20261202050000';

  override up(): void | Promise<void> {
    this.addSql(`create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`);
    this.addSql(`comment on table "rate_limit" is 'Rate-limit counters (rate-limiter-flexible): key "<limiter>:<ip>", points spent, expiry in epoch ms.';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "rate_limit";`);
  }

}
