import { Migration } from '@mikro-orm/migrations';

/**
 * Each item's units on hand per location (every lot, usable or not), kept by a trigger on the
 * lots' balances in the same transaction as they change, so that "below the reorder level" reads
 * one row per item instead of summing every lot of the location (pharmacy README).
 */
export class Migration20261203122000 extends Migration {

  override name = 'Migration20261203122000';

  override up(): void | Promise<void> {
    this.addSql(`create table "stock_on_hand" (
      "location_id" uuid not null references "stock_location" ("id") on delete restrict,
      "item_id" uuid not null references "stock_item" ("id") on delete restrict,
      "quantity" integer not null,
      constraint "stock_on_hand_pkey" primary key ("location_id", "item_id"),
      constraint "stock_on_hand_not_negative" check ("quantity" >= 0)
    );`);
    this.addSql(`create function "stock_on_hand_follow_fn"() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.location_id = new.location_id and old.item_id = new.item_id then
        if new.quantity <> old.quantity then
          update stock_on_hand set quantity = quantity + (new.quantity - old.quantity)
           where location_id = new.location_id and item_id = new.item_id;
        end if;
        return null;
      end if;
      if tg_op in ('UPDATE', 'DELETE') then
        update stock_on_hand set quantity = quantity - old.quantity
         where location_id = old.location_id and item_id = old.item_id;
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        insert into stock_on_hand (location_id, item_id, quantity)
        values (new.location_id, new.item_id, new.quantity)
        on conflict (location_id, item_id) do update set quantity = stock_on_hand.quantity + excluded.quantity;
      end if;
      return null;
    end $$;`);
    this.addSql(`create trigger "stock_on_hand_follow" after insert or update or delete on "stock_balance"
      for each row execute function "stock_on_hand_follow_fn"();`);
    this.addSql(`insert into "stock_on_hand" ("location_id", "item_id", "quantity")
      select "location_id", "item_id", sum("quantity") from "stock_balance" group by 1, 2;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "stock_on_hand_follow" on "stock_balance";`);
    this.addSql(`drop function if exists "stock_on_hand_follow_fn"();`);
    this.addSql(`drop table if exists "stock_on_hand";`);
  }

}
