import { type Me, type SecondFactorChallenge, SecondFactorCode } from '@cep/shared';
import Type from 'typebox';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useSecondFactor } from '../hooks/useLogin.ts';
import { passkeyFailure, passkeysAvailable } from '../utils/passkeys.ts';

const CodeForm = Type.Object({ code: SecondFactorCode });

/** The step ended (five minutes, five tries): the password must be typed again. */
const ended = (failure: unknown) => isApiError(failure) && failure.fieldErrors.some((error) => error.field === 'challenge');

/** The second step of a sign-in: the app's code, a recovery code, or the account's passkey. */
export function SecondFactorForm({ step, onSignedIn, onRestart }: { step: SecondFactorChallenge['secondFactor']; onSignedIn: (user: Me) => void; onRestart: () => void }) {
  const answer = useSecondFactor();
  const form = useSchemaForm({
    schema: CodeForm,
    initial: { code: '' },
    toBody: ({ code }) => ({ code: code.trim() }),
    send: (body) => answer.mutateAsync({ challenge: step.challenge, code: body.code }),
    onDone: onSignedIn,
  });
  const usesApp = step.methods.includes('totp');
  const usesPasskey = step.methods.includes('passkey') && passkeysAvailable();
  const failure = form.failure ?? (answer.error ? passkeyFailure(answer.error) : null);

  return (
    <div className="form narrow">
      <h2>Two-step sign-in</h2>
      <p>{usesApp ? 'Type the 6-digit code your authenticator app shows for the registry.' : 'Use your passkey to finish signing in.'} A recovery code works too, once.</p>
      {ended(failure) ? (
        <div role="alert" className="notice notice-error">
          <p>This sign-in has ended (it lasts five minutes and five tries).</p>
          <Button variant="secondary" onClick={onRestart}>
            Start again
          </Button>
        </div>
      ) : (
        <FormFailure failure={failure} errors={form.errors} />
      )}
      {usesPasskey ? (
        <Button busy={answer.isPending && !form.pending} onClick={() => answer.mutate({ passkeyFor: step }, { onSuccess: onSignedIn })}>
          Use my passkey
        </Button>
      ) : null}
      <form onSubmit={form.onSubmit} noValidate aria-label="Second step">
        <FormField label={usesApp ? 'Authentication code' : 'Recovery code'} hint={usesApp ? 'Or one of your recovery codes, such as abcde-23456.' : 'Such as abcde-23456.'} error={form.errors.code} required>
          {(control) => (
            <input {...control} inputMode={usesApp ? 'numeric' : 'text'} autoComplete="one-time-code" autoFocus value={form.values.code} onChange={(e) => form.set({ code: e.target.value })} />
          )}
        </FormField>
        <Button type="submit" variant={usesPasskey ? 'secondary' : 'primary'} busy={form.pending}>
          Verify
        </Button>
      </form>
      <p>
        <Button variant="link" onClick={onRestart}>
          Sign in as someone else
        </Button>
      </p>
    </div>
  );
}
