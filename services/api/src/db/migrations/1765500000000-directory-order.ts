import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The directory sorted by category, then name (the page groups it by category): its keyset index. */
export class DirectoryOrder1765500000000 implements MigrationInterface {
  name = 'DirectoryOrder1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX vendor_category_order_idx ON vendor (category, lower(name), slug)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX vendor_category_order_idx`);
  }
}
