import { API_SCOPE_DESCRIPTIONS, API_SCOPES, BULK_STATUS_LIMIT, EVENT_AUDIENCE, EVENT_DESCRIPTIONS, EVENT_TYPES, RETRY_DELAYS_SECONDS, TOTAL_COUNT_CAP } from '@cep/shared';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

const origin = () => (typeof window === 'undefined' ? 'https://registry.example' : window.location.origin);

function waits(): string {
  const say = (s: number) => (s < 60 ? `${s} s` : s < 3600 ? `${s / 60} min` : `${s / 3600} h`);
  return RETRY_DELAYS_SECONDS.map(say).join(', ');
}

/** The API for machines, in one page: keys, bulk status, the change feed, webhooks and their signatures. */
export function DevelopersPage() {
  usePageTitle('Developers');
  const base = origin();
  return (
    <div className="page prose">
      <h1>Developers</h1>
      <p>
        Everything the registry shows is in its HTTP API: JSON under <code>/api/v1</code>, described by an OpenAPI 3.1 document at <a href="/openapi.json">/openapi.json</a> with interactive docs at{' '}
        <a href="/docs">/docs</a>. The typed client <code>@cep/client</code> (TypeScript, over openapi-fetch) is generated from that document. Errors are RFC 9457 problem+json naming the fields.
      </p>

      <h2>API keys</h2>
      <p>
        A vendor’s owner creates keys for the vendor on its Integrations page; the program admin creates program-wide, read-only keys. A key is shown once; send it as <code>X-API-Key</code>. A key
        acts only for its vendor (another vendor’s resources answer 404) and within its scopes (a missing scope answers 403 naming it). Each key has its own quota (600 requests a minute unless the registry is set otherwise); the answers carry{' '}
        <code>RateLimit-Policy</code> and <code>RateLimit</code>, and a 429 says when to retry.
      </p>
      <dl className="definitions">
        {API_SCOPES.map((scope) => (
          <div key={scope}>
            <dt>
              <code>{scope}</code>
            </dt>
            <dd>{API_SCOPE_DESCRIPTIONS[scope]}</dd>
          </div>
        ))}
      </dl>

      <h2>Reading lists</h2>
      <p>
        Every list — the directory, and with an admin key the vendors, reviews, complaints, watch list, audit log, outbox and applications — pages by cursor: ask with{' '}
        <code>limit</code> (up to 100) and pass each answer’s <code>next</code> back as <code>after</code> until it is null. <code>total</code> counts the matches up to{' '}
        {TOTAL_COUNT_CAP.toLocaleString('en-GB')}; <code>totalCapped</code> says there are more.
      </p>
      <pre>
        <code>{`curl -s "${base}/api/v1/directory?limit=100&after=$NEXT"`}</code>
      </pre>

      <h2>Keeping a copy of the directory</h2>
      <p>Ask for up to {BULK_STATUS_LIMIT.toLocaleString('en-GB')} vendors at once, by slug or id; anything unknown answers “not_member”:</p>
      <pre>
        <code>{`curl -s ${base}/api/v1/badges/status \\
  -H "X-API-Key: $CEP_API_KEY" -H "Content-Type: application/json" \\
  -d '{"vendors": ["acme-learning", "brightpath"]}'`}</code>
      </pre>
      <p>
        Then follow every change of standing, in order, from a cursor: start without <code>after</code> and pass the <code>next</code> you were given each time. Nothing is ever skipped, and an
        unchanged answer is a 304 when you send back its ETag.
      </p>
      <pre>
        <code>{`curl -s "${base}/api/v1/directory/changes?after=$CURSOR" -H "X-API-Key: $CEP_API_KEY"`}</code>
      </pre>
      <p>
        For a blog page or a feed reader, the latest changes are public: <a href="/api/v1/directory/changes.atom">Atom</a> and <a href="/api/v1/directory/changes.json">JSON Feed</a>.
      </p>

      <h2>Webhooks</h2>
      <p>
        Register an endpoint (https) with the events it wants. Each event is POSTed as JSON — <code>{'{ id, type, timestamp, vendor, sequence, data }'}</code> — signed by the{' '}
        <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> scheme: <code>webhook-id</code> (the event id: deduplicate by it), <code>webhook-timestamp</code> and{' '}
        <code>webhook-signature</code>. <code>sequence</code> numbers one vendor’s events so their order can be restored. Any 2xx within 10 seconds is success; otherwise the registry tries again after{' '}
        {waits()} — about three days — and an endpoint that fails for five days straight is disabled and its owner e-mailed. After a secret rotation both secrets sign for 24 hours.
      </p>
      <p>Verify in Node with the off-the-shelf library:</p>
      <pre>
        <code>{`import { Webhook } from 'standardwebhooks';

const webhook = new Webhook(process.env.CEP_WEBHOOK_SECRET); // whsec_…
app.post('/webhooks/cep', express.raw({ type: 'application/json' }), (req, res) => {
  const event = webhook.verify(req.body.toString('utf8'), req.headers); // throws if forged or stale
  // … handle event.type once per event.id …
  res.sendStatus(204);
});`}</code>
      </pre>
      <h3>Event types</h3>
      <dl className="definitions">
        {EVENT_TYPES.map((type) => (
          <div key={type}>
            <dt>
              <code>{type}</code>
              {EVENT_AUDIENCE[type] === 'program' ? <span className="muted"> (program endpoints)</span> : null}
            </dt>
            <dd>{EVENT_DESCRIPTIONS[type]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
