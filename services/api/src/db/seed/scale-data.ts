import pg from 'pg';
import { COMPLAINT_PROMISES, COMPLAINT_STATES, DEFAULT_CALENDAR, DELIVERED_STATUSES, DIRECTORY_STATES } from '@cep/shared';
import type { Config } from '../../config.ts';
import { rebuildProgramFigures } from '../../modules/checkpoints/index.ts';
import { rebuildStandings } from '../../modules/pledges/index.ts';
import { connectAndMigrate } from '../bootstrap.ts';
import { demoData } from './demo-checkpoints.ts';

/**
 * A registry at scale, written beside what the database holds (`npm run seed:scale`, and the list
 * plans test at a smaller size): `vendors` vendors across every category and state (half active,
 * the rest lapsed, suspended or waiting for a signature), eleven checkpoints each for the pledged
 * ones (with data the demo's own generator made), five complaints each in every state, a hundred
 * audit entries each, thirty days of badge views, the vendors' applications and five e-mails each. Set-based SQL in one transaction; the
 * vendors' slugs start with `scale-`, so it runs once per database.
 */

const PERIODS = ['2021-H1', '2021-H2', '2022-H1', '2022-H2', '2023-H1', '2023-H2', '2024-H1', '2024-H2', '2025-H1', '2025-H2', '2026-H1'];
/** Ten data templates (five steps of improvement, two levels): enough variety for charts and figures. */
const TEMPLATES = Array.from({ length: 10 }, (_, i) => demoData(i % 5, 'aggregates', Math.floor(i / 5)));

export interface ScaleOptions {
  vendors: number;
  /** Audit entries per vendor (100: a million at 10,000 vendors); the plans test writes fewer, as they cost most of the time. */
  auditPerVendor?: number;
  log?: (line: string) => void;
}

export async function seedScaleData(config: Config, url: string, { vendors, auditPerVendor = 100, log = console.log }: ScaleOptions): Promise<void> {
  const db = await connectAndMigrate(config, url, log);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    log(`  ${label}: ${(result.rowCount ?? 0).toLocaleString('en')} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  try {
    const { rows: existing } = await client.query(`SELECT count(*)::int AS n FROM vendor WHERE slug LIKE 'scale-%'`);
    if ((existing[0] as { n: number }).n > 0) throw new Error('this database already holds the scale data (vendors named scale-…); use a fresh one');
    log(`seed:scale: ${vendors.toLocaleString('en')} vendors into ${url.replace(/:[^:@/]+@/, ':***@')}`);
    // Each step commits on its own: one transaction over them all would hold back the change feed
    // of every database on the server for its whole length (pg_snapshot_xmin is server-wide; see
    // docs/decisions.md), and other tests share the server. A failed run leaves a partial registry.
    await step(
      'vendors',
      `INSERT INTO vendor (name, slug, website, category, description, calendar, badge_domains, created_at)
       SELECT 'Scale Vendor ' || n, 'scale-' || lpad(n::text, 7, '0'), 'https://scale-' || n || '.example',
              (SELECT slug FROM category ORDER BY position OFFSET n % (SELECT count(*) FROM category) LIMIT 1),
              CASE n % 3 WHEN 0 THEN 'Helpdesk software for schools' WHEN 1 THEN 'A learning platform for universities' ELSE 'Payroll and HR for small companies' END,
              $2::jsonb, ARRAY['scale-' || n || '.example'], now() - (n % 2000) * interval '1 day'
         FROM generate_series(1, $1::int) AS n`,
      [vendors, JSON.stringify(DEFAULT_CALENDAR)],
    );
    await step(
      'owners',
      `INSERT INTO app_user (email, name, role, vendor_id)
       SELECT 'owner@' || v.slug || '.example', 'Owner of ' || v.name, 'vendor_owner', v.id FROM vendor v WHERE v.slug LIKE 'scale-%'`,
    );
    // Half active; of the rest, lapsed, suspended and waiting for a signature.
    await step(
      'pledges',
      `INSERT INTO pledge (vendor_id, state, state_since, state_reason, active_since, created_at)
       SELECT v.id, s.state, now() - (n % 400) * interval '1 day',
              CASE s.state WHEN 'suspended' THEN 'Scale data: suspended' WHEN 'lapsed' THEN 'Scale data: data overdue' END,
              CASE WHEN s.state <> 'pending_signature' THEN timestamptz '2021-01-04' + (n % 90) * interval '1 day' END, v.created_at
         FROM (SELECT id, created_at, substring(slug from 7)::int AS n FROM vendor WHERE slug LIKE 'scale-%') v
         CROSS JOIN LATERAL (SELECT CASE WHEN v.n % 10 < 5 THEN 'active' WHEN v.n % 10 < 7 THEN 'lapsed' WHEN v.n % 10 < 9 THEN 'suspended' ELSE 'pending_signature' END AS state) s`,
    );
    await step(
      'signatures',
      `WITH signed AS (
         INSERT INTO pledge_signature (pledge_id, vendor_id, agreement_version, agreement_title, agreement_text, text_sha256, signer_name, signer_title, signer_email, signed_by, signed_at, client_ip)
         SELECT p.id, p.vendor_id, a.version, a.title, a.body, a.text_sha256, u.name, 'Head of Support', u.email, u.id, p.active_since, '127.0.0.1'
           FROM pledge p JOIN vendor v ON v.id = p.vendor_id JOIN app_user u ON u.vendor_id = v.id
           CROSS JOIN (SELECT * FROM agreement_version ORDER BY version LIMIT 1) a
          WHERE v.slug LIKE 'scale-%' AND p.state <> 'pending_signature'
         RETURNING id, pledge_id)
       UPDATE pledge SET signature_id = signed.id FROM signed WHERE pledge.id = signed.pledge_id`,
    );
    // Eleven periods each for the pledged vendors: accepted, but the last one of a tenth still in review.
    await step(
      'checkpoints',
      `INSERT INTO checkpoint (vendor_id, period, status, submitted_at, reviewed_at, data, created_at, updated_at)
       SELECT p.vendor_id, period.name,
              CASE WHEN period.i = 11 AND p.n % 10 = 0 THEN 'submitted' ELSE 'accepted' END,
              period.ends + interval '20 days', CASE WHEN period.i = 11 AND p.n % 10 = 0 THEN NULL ELSE period.ends + interval '30 days' END,
              ($1::jsonb) -> ((p.n + period.i) % 10)::int, period.ends, period.ends + interval '30 days'
         FROM (SELECT pl.vendor_id, substring(v.slug from 7)::int AS n FROM pledge pl JOIN vendor v ON v.id = pl.vendor_id
                WHERE v.slug LIKE 'scale-%' AND pl.state <> 'pending_signature') p
         CROSS JOIN LATERAL (
           SELECT i, name, (to_date(substring(name, 1, 4), 'YYYY') + CASE WHEN name LIKE '%H1' THEN interval '6 months' ELSE interval '12 months' END)::timestamptz AS ends
             FROM unnest($2::text[]) WITH ORDINALITY AS x(name, i)) period`,
      [JSON.stringify(TEMPLATES), PERIODS],
    );
    // Five complaints each, spread over every state and promise (from @cep/shared), with the dates and texts each state carries.
    await step(
      'complaints',
      `INSERT INTO complaint (reference, vendor_id, name, email, subject, description, promise, consent, state, confirm_expires_at, confirmed_at,
                              dismiss_reason, forwarded_at, response_due_at, responded_at, response, outcome_at, created_at, updated_at)
       SELECT 'SC-' || lpad(v.n::text, 7, '0') || '-' || k, v.id, 'Customer ' || k, 'customer' || k || '@' || v.slug || '.example',
              'Slow answers', 'We waited a week for an answer to a simple question.', ($1::text[])[1 + (v.n + k) % cardinality($1::text[])], true,
              s.state, c.at + interval '7 days', CASE WHEN s.state <> 'unconfirmed' THEN c.at + interval '1 hour' END,
              CASE WHEN s.state = 'dismissed' THEN 'out_of_scope' END,
              CASE WHEN s.state NOT IN ('unconfirmed', 'confirmed', 'dismissed') THEN c.at + interval '1 day' END,
              CASE WHEN s.state NOT IN ('unconfirmed', 'confirmed', 'dismissed') THEN c.at + interval '15 days' END,
              CASE WHEN s.state IN ('responded', 'resolved', 'unresolved', 'assumed_resolved') THEN c.at + interval '5 days' END,
              CASE WHEN s.state IN ('responded', 'resolved', 'unresolved', 'assumed_resolved') THEN 'We have called the customer and fixed it.' END,
              CASE WHEN s.state IN ('resolved', 'unresolved') THEN c.at + interval '10 days' END,
              c.at, c.at + interval '10 days'
         FROM (SELECT id, slug, substring(slug from 7)::int AS n FROM vendor WHERE slug LIKE 'scale-%') v
         CROSS JOIN generate_series(1, 5) AS k
         CROSS JOIN LATERAL (SELECT now() - ((v.n * 7 + k * 31) % 700) * interval '1 day' AS at) c
         CROSS JOIN LATERAL (SELECT ($2::text[])[1 + (v.n + k) % cardinality($2::text[])] AS state) s`,
      [[...COMPLAINT_PROMISES], [...COMPLAINT_STATES]],
    );
    await step(
      'audit entries',
      `INSERT INTO audit_log (at, actor_id, actor_label, action, entity_type, entity_id, vendor_id, from_state, to_state, details)
       SELECT now() - (k * 7 + v.n % 7) * interval '1 day', u.id, u.email,
              (ARRAY['vendor.updated','checkpoint.saved','checkpoint.submitted','checkpoint.accepted','complaint.responded'])[1 + k % 5],
              'vendor', v.id::text, v.id, NULL, NULL, jsonb_build_object('scale', k)
         FROM (SELECT id, substring(slug from 7)::int AS n FROM vendor WHERE slug LIKE 'scale-%') v
         JOIN app_user u ON u.vendor_id = v.id
         CROSS JOIN generate_series(1, $1::int) AS k`,
      [auditPerVendor],
    );
    await step(
      'badge views',
      `INSERT INTO badge_view (vendor_id, day, domain, views, unverified)
       SELECT v.id, current_date - d, 'scale-' || v.n || '.example', 20 + (v.n + d) % 200, (v.n + d) % 3
         FROM (SELECT id, substring(slug from 7)::int AS n FROM vendor WHERE slug LIKE 'scale-%') v
         JOIN pledge p ON p.vendor_id = v.id AND p.state = ANY($1)
         CROSS JOIN generate_series(0, 29) AS d`,
      [[...DIRECTORY_STATES]],
    );
    // The application each vendor came in by, and a few waiting for a decision.
    await step(
      'applications',
      `INSERT INTO application (company_name, website, category, contact_name, contact_email, contact_title, status, vendor_id, decided_at, created_at)
       SELECT v.name, v.website, v.category, 'Owner of ' || v.name, 'owner@' || v.slug || '.example', 'Head of Support',
              CASE WHEN v.n % 50 = 0 THEN 'pending' ELSE 'approved' END, CASE WHEN v.n % 50 = 0 THEN NULL ELSE v.id END,
              CASE WHEN v.n % 50 = 0 THEN NULL ELSE v.created_at END, v.created_at - interval '3 days'
         FROM (SELECT id, name, website, category, slug, created_at, substring(slug from 7)::int AS n FROM vendor WHERE slug LIKE 'scale-%') v`,
    );
    // Five e-mails each in the outbox, mostly sent.
    await step(
      'outbox',
      `INSERT INTO mail_message (to_address, subject, body_text, status, attempts, created_at, sent_at)
       SELECT 'owner@' || v.slug || '.example', 'Your checkpoint data for period ' || k || ' was accepted', 'Thank you.',
              CASE WHEN (v.n + k) % 40 = 0 THEN 'failed' ELSE 'sent' END, 1, v.created_at + k * interval '30 days',
              CASE WHEN (v.n + k) % 40 = 0 THEN NULL ELSE v.created_at + k * interval '30 days' END
         FROM (SELECT slug, created_at, substring(slug from 7)::int AS n FROM vendor WHERE slug LIKE 'scale-%') v
         CROSS JOIN generate_series(1, 5) AS k`,
    );
    // What the product's writes keep (the program's totals, each pledge's next due period), made by its own code.
    const started = performance.now();
    await rebuildProgramFigures(db.manager, new Date());
    await rebuildStandings(db.manager);
    log(`  program figures and next due periods: made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // What autovacuum leaves in a registry that grew over years: statistics, and the visibility map
    // set, so a count can read an index alone. Left to autovacuum, the million fresh rows were
    // vacuumed during the benchmark that follows, on the same two cores as the requests it timed.
    await step('statistics and visibility (VACUUM ANALYZE)', 'VACUUM (ANALYZE)');
    const { rows } = await client.query(`SELECT (SELECT count(*) FROM vendor)::int AS vendors, (SELECT count(*) FROM checkpoint WHERE status = ANY($1))::int AS delivered,
      (SELECT count(*) FROM complaint)::int AS complaints, (SELECT count(*) FROM audit_log)::int AS audit`, [[...DELIVERED_STATUSES]]);
    log(`seed:scale: done — ${JSON.stringify(rows[0])}`);
  } finally {
    await client.end();
    await db.destroy();
  }
}
