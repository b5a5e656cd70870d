import { useParams } from 'react-router';
import { OutcomeForm } from '../../../features/complaints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

/** Where the e-mail with the vendor's response leads: is the matter resolved? */
export function ComplaintOutcomePage() {
  usePageTitle('Is your complaint resolved?');
  const { token = '' } = useParams();
  return (
    <div className="page narrow">
      <h1>Is your complaint resolved?</h1>
      <p className="lead">Tell us whether the vendor’s response resolved the matter. Without an answer within 30 days we consider it resolved.</p>
      <OutcomeForm token={token} />
    </div>
  );
}
