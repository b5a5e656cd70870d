import { HOUR_MS } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { startSmtpSink } from '../../../../test/smtp-sink.ts';
import { freePort } from '../../../db/embedded.ts';
import { queueMail } from '../mail.service.ts';

type Sink = Awaited<ReturnType<typeof startSmtpSink>>;

async function outbox(t: TestApp) {
  return (await t.db.query(`SELECT to_address, status, attempts, last_error FROM mail_message ORDER BY created_at`)) as {
    to_address: string;
    status: string;
    attempts: number;
    last_error: string | null;
  }[];
}

describe('e-mail delivery through SMTP', () => {
  let sink: Sink;
  let t: TestApp;
  let now: Date;

  beforeAll(async () => {
    sink = await startSmtpSink();
    now = new Date('2026-03-02T10:00:00Z');
    t = await createTestApp({ env: { SMTP_URL: sink.url }, clock: () => now });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('queues in the transaction and the delivery job sends it once', async () => {
    await t.db.transaction((manager) => queueMail(t.ctx, manager, { to: 'ada@vendor.example', subject: 'Hello', text: 'Line one\nLine two' }));
    expect(await outbox(t)).toEqual([{ to_address: 'ada@vendor.example', status: 'queued', attempts: 0, last_error: null }]);

    await t.ctx.jobs.runDue();
    const received = await sink.waitFor((m) => m.to.includes('ada@vendor.example'));
    expect(received.raw).toContain('Subject: Hello');
    expect(received.raw).toContain('Line two');
    expect(await outbox(t)).toEqual([{ to_address: 'ada@vendor.example', status: 'sent', attempts: 1, last_error: null }]);

    // Running the queue again sends nothing twice.
    await t.ctx.jobs.runDue();
    expect(sink.messages.filter((m) => m.to.includes('ada@vendor.example'))).toHaveLength(1);
  });
});

describe('e-mail delivery when the SMTP server is down', () => {
  let t: TestApp;
  let now: Date;

  beforeAll(async () => {
    now = new Date('2026-03-02T10:00:00Z');
    // A free port with nothing listening: every connection is refused.
    t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${await freePort()}` }, clock: () => now });
  });
  afterAll(async () => t.close());

  it('retries with backoff, then marks the message failed with the last error', async () => {
    await t.db.transaction((manager) => queueMail(t.ctx, manager, { to: 'grace@vendor.example', subject: 'Retry me', text: '…' }));
    for (let attempt = 1; attempt <= 6; attempt++) {
      await t.ctx.jobs.runDue();
      const [message] = await outbox(t);
      expect(message).toMatchObject({ attempts: attempt, status: attempt < 6 ? 'queued' : 'failed' });
      expect(message?.last_error).toMatch(/ECONNREFUSED|connect/i);
      now = new Date(now.getTime() + HOUR_MS);
    }
    await t.ctx.jobs.runDue();
    expect(await outbox(t)).toMatchObject([{ attempts: 6, status: 'failed' }]);
  });
});

describe('without SMTP_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('holds the message in the outbox and queues no job', async () => {
    await t.db.transaction((manager) => queueMail(t.ctx, manager, { to: 'kept@vendor.example', subject: 'Kept', text: 'kept' }));
    expect(await outbox(t)).toEqual([{ to_address: 'kept@vendor.example', status: 'held', attempts: 0, last_error: null }]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM job`)).toEqual([{ n: 0 }]);
  });
});
