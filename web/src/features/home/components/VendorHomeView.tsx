import type { Todo, VendorHome } from '@cep/shared';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { formatCalendarDate, formatDate } from '../../../lib/format.ts';
import { PledgeStateTag } from '../../pledges/index.ts';
import { todoHref } from '../utils/todo-href.ts';

const ACTIONS: Record<Todo['kind'], string> = {
  sign: 'Open the pledge',
  resign: 'Sign the new version',
  overdue: 'Enter the data',
  deliver: 'Enter the data',
  returned: 'Correct the data',
  respond: 'Respond',
  answer: 'Answer',
  watch: 'See your complaints',
  appeal: 'Appeal',
  appealed: 'See the pledge',
};

/** Where the vendor stands, and the list of what to do next, most pressing first. */
export function VendorHomeView({ home }: { home: VendorHome }) {
  return (
    <>
      <div className={`standing standing-${home.state}`}>
        <PledgeStateTag state={home.state} />
        <p>
          Since {formatDate(home.since)}
          {home.reason ? <>. The registry’s reason: {home.reason}</> : null}
        </p>
      </div>
      <section aria-labelledby="todo-heading">
        <h2 id="todo-heading">To do</h2>
        {home.todos.length === 0 ? (
          <EmptyState title="Nothing to do right now">The registry tells you by e-mail when something needs you.</EmptyState>
        ) : (
          <ol className="todo-list">
            {home.todos.map((todo) => (
              <li key={`${todo.kind}-${JSON.stringify(todo.target)}`} className={todo.urgent ? 'todo todo-urgent' : 'todo'}>
                <div>
                  <p className="todo-title">
                    {todo.urgent ? <span className="visually-hidden">Urgent: </span> : null}
                    {todo.title}
                  </p>
                  <p className="todo-detail">{todo.detail}</p>
                  {todo.due ? <p className="muted">Due {formatCalendarDate(todo.due.slice(0, 10))}</p> : null}
                </div>
                <Link className="btn btn-secondary btn-small" to={todoHref(todo.target)}>
                  {ACTIONS[todo.kind]}
                </Link>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
