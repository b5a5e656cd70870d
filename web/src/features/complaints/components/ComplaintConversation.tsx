import type { ComplaintMessage } from '@cep/shared';
import { formatDateTime } from '../../../lib/format.ts';
import { PARTY_LABELS } from '../utils/complaint-labels.ts';

/** The complaint's messages in the order they were written: who wrote to whom, and whether a question was answered. */
export function ComplaintConversation({ messages, audience }: { messages: readonly ComplaintMessage[]; audience: 'admin' | 'vendor' }) {
  if (messages.length === 0) {
    return <p className="muted">{audience === 'admin' ? 'Nobody was asked for details yet.' : 'The registry has not asked you anything about this complaint.'}</p>;
  }
  // A vendor reads "you" where it wrote or was written to.
  const name = (party: ComplaintMessage['from']) => (audience === 'vendor' && party === 'vendor' ? 'You' : PARTY_LABELS[party]);
  return (
    <ol className="conversation" data-testid="complaint-conversation">
      {messages.map((message) => (
        <li key={message.id} className={`conversation-message from-${message.from}`}>
          <p className="conversation-head">
            <strong>{name(message.from)}</strong> to {name(message.to).toLowerCase()} · <time dateTime={message.at}>{formatDateTime(message.at)}</time>
            {message.answered === false ? <span className="tag tag-warning">waiting for an answer</span> : null}
            {message.answered === true ? <span className="tag">answered</span> : null}
          </p>
          <p className="pre-line">{message.body}</p>
        </li>
      ))}
    </ol>
  );
}
