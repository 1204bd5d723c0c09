import 'reflect-metadata';
import { defineConfig } from '@mikro-orm/postgresql';
import { ormOptions } from '../kernel/db/orm-options.js';
import { ormApp } from './entities.js';

/** Used by the MikroORM CLI only; the app builds its options in `app/database.ts`. */
export default defineConfig(
  ormOptions(ormApp, process.env.DATABASE_URL ?? 'postgres://localhost/caregraph'),
);
