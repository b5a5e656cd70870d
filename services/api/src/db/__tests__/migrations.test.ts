import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/database.ts';
import { MIGRATIONS } from '../migrations/index.ts';

/**
 * Every migration's `down` undoes its `up` exactly: from the migrated schema, undoing each
 * migration in turn (newest first) reaches an empty database, and running them all again returns
 * the very same schema — tables, columns, defaults, constraints, indexes, triggers, functions and
 * sequences, as PostgreSQL itself describes them.
 */
let database: { url: string; drop(): Promise<void> };
let db: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  db = new DataSource({ type: 'postgres', url: database.url, migrations: MIGRATIONS, migrationsTransactionMode: 'each', poolSize: 1 });
  await db.initialize();
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
});

/** The schema of `public`, minus TypeORM's own bookkeeping table, as sorted lines. */
async function schemaOf(source: DataSource): Promise<string[]> {
  const lines = (await source.query(`
    SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS line
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'migrations'
    UNION ALL
    SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid <> 'migrations'::regclass
    UNION ALL
    SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'migrations'
    UNION ALL
    SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
    UNION ALL
    SELECT 'function ' || pg_get_functiondef(p.oid) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
    UNION ALL
    SELECT 'sequence ' || sequence_name || ' ' || data_type || ' ' || minimum_value || ' ' || start_value
      FROM information_schema.sequences WHERE sequence_schema = 'public' AND sequence_name <> 'migrations_id_seq'`)) as { line: string }[];
  return lines.map((l) => l.line).sort();
}

describe('migrations', () => {
  it('come down to an empty schema one by one and go back up to the same schema', async () => {
    const migrated = await schemaOf(db);
    expect(migrated.length).toBeGreaterThan(100);
    const unchangedBy: string[] = [];
    let before = migrated;
    for (const migration of [...MIGRATIONS].reverse()) {
      await db.undoLastMigration({ transaction: 'each' });
      const after = await schemaOf(db);
      if (after.join('\n') === before.join('\n')) unchangedBy.push(migration.name);
      before = after;
    }
    // Each down changed something (one may swap an index for another), and the last one left nothing behind.
    expect(unchangedBy).toEqual([]);
    expect(await schemaOf(db)).toEqual([]);
    await db.runMigrations({ transaction: 'each' });
    expect(await schemaOf(db)).toEqual(migrated);
  });
});
