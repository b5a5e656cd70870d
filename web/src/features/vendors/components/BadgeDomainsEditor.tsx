import { Domain, validate } from '@cep/shared';
import { type KeyboardEvent, useId, useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import type { FieldErrorMap } from '../../../lib/form-errors.ts';

/** "https://www.Example.com/about" → "www.example.com": people paste addresses, the API wants hosts. */
function toHost(text: string): string {
  const trimmed = text.trim().toLowerCase();
  try {
    return /^[a-z]+:\/\//.test(trimmed) ? new URL(trimmed).hostname : trimmed.replace(/\/.*$/, '');
  } catch {
    return trimmed;
  }
}

/** The sites the badge may be shown on; a badge shown anywhere else says "unverified site". */
export function BadgeDomainsEditor({ domains, errors, onChange }: { domains: string[]; errors: FieldErrorMap; onChange: (domains: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | undefined>(undefined);
  const listErrorId = useId();

  function add() {
    const host = toHost(draft);
    const problem = validate(Domain, host)[0];
    if (!host) setDraftError('is required');
    else if (problem) setDraftError(problem.message);
    else if (domains.includes(host)) setDraftError('is already listed');
    else {
      onChange([...domains, host]);
      setDraft('');
      setDraftError(undefined);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the domain here instead of saving the whole profile.
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  }

  const listError = errors.badgeDomains;
  return (
    <fieldset className="section">
      <legend>Badge domains</legend>
      <p className="field-hint">The badge verifies only on these sites. List each host name you show it on, e.g. example.com and www.example.com.</p>
      {domains.length === 0 ? (
        <p className="muted">No domains yet: the badge will show as “unverified site” everywhere.</p>
      ) : (
        <ul className="chip-list" aria-label="Badge domains" aria-describedby={listError ? listErrorId : undefined}>
          {domains.map((domain, index) => {
            const error = errors[`badgeDomains.${index}`];
            return (
              <li key={domain} className={error ? 'chip chip-invalid' : 'chip'}>
                <span>{domain}</span>
                <Button variant="link" size="small" aria-label={`Remove ${domain}`} onClick={() => onChange(domains.filter((d) => d !== domain))}>
                  Remove
                </Button>
                {error ? <span className="field-error">{`${domain} ${error}`}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
      {listError ? (
        <p id={listErrorId} className="field-error">
          Badge domains {listError}
        </p>
      ) : null}
      <div className="inline-add">
        <FormField label="Add a domain" error={draftError}>
          {(control) => (
            <input
              {...control}
              value={draft}
              placeholder="example.com"
              spellCheck={false}
              autoCapitalize="none"
              onKeyDown={onKeyDown}
              onChange={(e) => {
                setDraft(e.target.value);
                setDraftError(undefined);
              }}
            />
          )}
        </FormField>
        <Button variant="secondary" onClick={add}>
          Add domain
        </Button>
      </div>
    </fieldset>
  );
}
