import { Migration } from '@mikro-orm/migrations';

export class Migration20261203044220 extends Migration {

  override name = 'Migration20261203044220';

  override up(): void | Promise<void> {
    this.addSql(`create table "working_hours_span" ("id" uuid not null, "user_id" uuid not null, "weekday" smallint not null, "start_time" varchar(5) not null, "end_time" varchar(5) not null, primary key ("id"));`);
    this.addSql(`create index "working_hours_span_user_id_index" on "working_hours_span" ("user_id");`);

    this.addSql(`alter table "working_hours_span" add constraint "working_hours_span_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "working_hours_span" add constraint "working_hours_span_positive_length" check (end_time > start_time);`);
    this.addSql(`alter table "working_hours_span" add constraint "working_hours_span_weekday" check (weekday between 1 and 7);`);
    this.addSql(`alter table "working_hours_span" add constraint "working_hours_span_no_overlap" exclude using gist (user_id with =, weekday with =, int4range(replace(start_time, ':', '')::int, replace(end_time, ':', '')::int, '[)') with &&);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "working_hours_span" cascade;`);
  }

}
