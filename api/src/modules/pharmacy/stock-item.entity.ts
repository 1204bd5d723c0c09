import { type Opt, OptionalProps, type Ref } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { stampNow } from '../../kernel/clock.js';
import { MedicationRoute } from '../records/index.js';
import { Ward } from '../wards/index.js';
import { StockItemKind, StockLocationKind } from './pharmacy-enums.js';

/**
 * An item of the catalogue: a medicine (its DCI, form, strength, route, ATC code) or a
 * consumable. Money is in integer minor units (cents). An item is never deleted: one no longer
 * stocked is made inactive, so the ledger keeps pointing at it.
 */
@ObjectType({ description: 'An item of the pharmacy catalogue: a medicine or a consumable.' })
@Entity()
@Index({ properties: ['nameFr'] })
@Index({
  name: 'stock_item_name_fr_french',
  expression:
    'create index "stock_item_name_fr_french" on "stock_item" ((name_fr collate "fr-x-icu"), id)',
})
@Index({
  name: 'stock_item_search_text_trgm',
  expression:
    'create index "stock_item_search_text_trgm" on "stock_item" using gin ("search_text" gin_trgm_ops)',
})
@Check({ name: 'stock_item_reorder_level_positive', expression: 'reorder_level >= 0' })
@Check({ name: 'stock_item_unit_price_positive', expression: 'unit_price_cents >= 0' })
@Check({
  name: 'stock_item_atc_code_form',
  expression: "atc_code is null or atc_code ~ '^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$'",
})
export class StockItem {
  [OptionalProps]?: 'active';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => StockItemKind, { description: 'Medication or consumable.' })
  @Enum({ items: () => StockItemKind, nativeEnumName: 'stock_item_kind' })
  kind!: StockItemKind;

  @Field(() => String, { description: 'Name in French, e.g. "Paracétamol 500 mg comprimé".' })
  @Property({ length: 200 })
  nameFr!: string;

  @Field(() => String, { description: 'Name in English, e.g. "Paracetamol 500 mg tablet".' })
  @Property({ length: 200 })
  nameEn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'INN (DCI in French); null for a consumable.',
  })
  @Property({ length: 200, nullable: true })
  inn?: string | null;

  @Field(() => String, { nullable: true, description: 'Form, e.g. comprimé, solution injectable.' })
  @Property({ length: 100, nullable: true })
  form?: string | null;

  @Field(() => String, { nullable: true, description: 'Strength, e.g. 500 mg, 1 g/100 mL.' })
  @Property({ length: 100, nullable: true })
  strength?: string | null;

  @Field(() => MedicationRoute, { nullable: true, description: 'Route of a medicine.' })
  @Enum({ items: () => MedicationRoute, nativeEnumName: 'medication_route', nullable: true })
  route?: MedicationRoute | null;

  @Field(() => String, { nullable: true, description: 'WHO ATC code when known, e.g. N02BE01.' })
  @Property({ length: 7, nullable: true })
  atcCode?: string | null;

  @Field(() => String, { description: 'Unit counted in stock and dispensed, e.g. comprimé.' })
  @Property({ length: 40 })
  unitOfIssue!: string;

  @Field(() => Int, {
    description: 'Central pharmacy quantity at or below which the item must be reordered.',
  })
  @Property({ type: 'integer' })
  reorderLevel!: number;

  @Field(() => Int, { description: 'Price of one unit of issue, in cents (billing).' })
  @Property({ type: 'integer' })
  unitPriceCents!: number;

  @Field(() => Boolean, { description: 'Still stocked; an inactive item is kept for history.' })
  @Property({ default: true })
  active: boolean = true;

  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;

  /**
   * Both names, the DCI and the ATC code, unaccented, lower case, punctuation as spaces: what a
   * stock list's search looks in (trigram index, like the patients' names).
   */
  @Property({
    type: 'text',
    generated: `(cg_search_norm((((((((name_fr)::text || ' '::text) || (name_en)::text) || ' '::text) || (COALESCE(inn, ''::character varying))::text) || ' '::text) || (COALESCE(atc_code, ''::character varying))::text))) stored`,
    collation: 'C',
    nullable: true,
    hidden: true,
    lazy: true,
  })
  searchText?: string & Opt;
}

/**
 * A place stock is kept: the central pharmacy (one row, made by the migration) or a ward's
 * stock. A ward's location has the ward's own id and is created the first time stock goes
 * there, so every ward, including one created tomorrow, has its location without a hook.
 */
@ObjectType({ description: 'A place stock is kept: the central pharmacy or a ward.' })
@Entity()
@Unique({
  name: 'stock_location_one_central',
  expression:
    'create unique index "stock_location_one_central" on "stock_location" ("kind") where "kind" = \'CENTRAL_PHARMACY\'',
})
@Check({
  name: 'stock_location_ward_is_its_own',
  expression: "(kind = 'WARD') = (ward_id is not null) and (ward_id is null or ward_id = id)",
})
export class StockLocation {
  @Field(() => ID, { description: 'Stable identifier (a ward’s location has the ward’s id).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => StockLocationKind, { description: 'Central pharmacy or ward.' })
  @Enum({ items: () => StockLocationKind, nativeEnumName: 'stock_location_kind' })
  kind!: StockLocationKind;

  @Field(() => String, { description: 'Name, e.g. "Pharmacie centrale" or the ward’s name.' })
  @Property({ length: 120 })
  name!: string;

  @ManyToOne(() => Ward, { ref: true, nullable: true, unique: true, deleteRule: 'restrict' })
  ward?: Ref<Ward> | null;
}
