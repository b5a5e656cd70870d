import { AnswerBody, DESCRIPTION_MAX, type QuestionView } from '@cep/shared';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useAnswerQuestion } from '../hooks/usePublicComplaint.ts';
import { describeComplaintField } from '../utils/complaint-labels.ts';
import { isLinkGone, LinkGone } from './LinkGone.tsx';

/** The complainant answers the registry's question, by the one-time link in the e-mail. */
export function AnswerQuestion({ token, question }: { token: string; question: QuestionView }) {
  const answer = useAnswerQuestion();
  const form = useSchemaForm({
    schema: AnswerBody,
    initial: { answer: '' },
    toBody: ({ answer: text }) => ({ token, answer: text.trim() }),
    skip: ['token'],
    send: (body) => answer.mutateAsync(body),
  });
  if (answer.isSuccess) {
    return (
      <Alert tone="success" title="Thank you: your answer reached the registry">
        <p data-testid="answer-recorded">It is part of complaint {answer.data.reference} now. The registry writes to you again if it needs more.</p>
      </Alert>
    );
  }
  if (answer.isError && isLinkGone(answer.error)) return <LinkGone />;
  return (
    <>
      <p className="lead">
        About your complaint {question.reference} about {question.vendorName}, “{question.subject}”, the registry asked on {formatDateTime(question.askedAt)}:
      </p>
      <blockquote className="vendor-response" data-testid="registry-question">
        {question.question}
      </blockquote>
      <form className="form" onSubmit={form.onSubmit} noValidate aria-label="Answer the registry">
        <FormErrorSummary errors={form.errors} describeField={describeComplaintField} />
        <FormFailure failure={form.failure} errors={form.errors} />
        <FormField label="Your answer" hint={`Only the registry reads it, not ${question.vendorName}. At least 10 characters.`} error={form.errors.answer} required>
          {(control) => <textarea {...control} rows={6} maxLength={DESCRIPTION_MAX} value={form.values.answer} onChange={(e) => form.set({ answer: e.target.value })} />}
        </FormField>
        <div className="form-actions">
          <Button type="submit" busy={form.pending}>
            Send my answer
          </Button>
        </div>
      </form>
    </>
  );
}
