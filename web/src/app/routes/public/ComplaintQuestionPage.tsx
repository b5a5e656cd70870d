import { useParams } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { AnswerQuestion, isLinkGone, LinkGone, useQuestion } from '../../../features/complaints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

/** Where the registry's question about a complaint leads: the question, and the complainant's answer. */
export function ComplaintQuestionPage() {
  usePageTitle('A question about your complaint');
  const { token = '' } = useParams();
  const question = useQuestion(token);
  return (
    <div className="page narrow">
      <h1>A question about your complaint</h1>
      <Loadable query={question} loading="Opening the question…" error={(error, retry) => (isLinkGone(error) ? <LinkGone /> : <ErrorState error={error} onRetry={retry} />)}>
        {(found) => <AnswerQuestion token={token} question={found} />}
      </Loadable>
    </div>
  );
}
