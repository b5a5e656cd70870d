import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed membership credentials (Open Badges 3.0 as VC-JWT). `issuer_key` holds the signing keys
 * generated outside production (production loads its key from configuration) and every retired
 * key, which stays published so older credentials still verify. Each credential gets a position in
 * the status lists (`status_index`); issuing one notifies `cep_badge`, so every instance learns the
 * new position and serves status lists that include it.
 */
export class Credentials1764300000000 implements MigrationInterface {
  name = 'Credentials1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE issuer_key (
        kid         text PRIMARY KEY,
        public_jwk  jsonb NOT NULL,
        -- Only for keys the registry generated itself (development); production keys live in configuration.
        private_jwk jsonb,
        created_at  timestamptz NOT NULL DEFAULT now(),
        retired_at  timestamptz
      );
      CREATE UNIQUE INDEX issuer_key_one_current_idx ON issuer_key ((true)) WHERE retired_at IS NULL AND private_jwk IS NOT NULL;

      CREATE SEQUENCE credential_status_index_seq AS integer MINVALUE 0 START 0;
      CREATE TABLE credential (
        id                  uuid PRIMARY KEY,
        vendor_id           uuid NOT NULL REFERENCES vendor (id),
        status_index        integer NOT NULL DEFAULT nextval('credential_status_index_seq'),
        kid                 text NOT NULL,
        jwt                 text NOT NULL,
        agreement_version   integer NOT NULL,
        last_checked_period text,
        issued_at           timestamptz NOT NULL,
        expires_at          timestamptz NOT NULL,
        CONSTRAINT credential_status_index_key UNIQUE (status_index)
      );
      ALTER SEQUENCE credential_status_index_seq OWNED BY credential.status_index;
      CREATE INDEX credential_vendor_issued_idx ON credential (vendor_id, issued_at DESC);
      CREATE TRIGGER credential_notify_badge AFTER INSERT ON credential FOR EACH ROW EXECUTE FUNCTION notify_badge('vendor_id');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE credential;
      DROP TABLE issuer_key;
    `);
  }
}
