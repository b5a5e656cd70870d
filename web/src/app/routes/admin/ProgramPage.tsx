import { ProgramOverview } from '../../../features/checkpoints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function ProgramPage() {
  usePageTitle('Program');
  return (
    <div className="page">
      <h1>Program at a glance</h1>
      <p className="lead">Submitted and accepted checkpoint data across the program, period by period.</p>
      <ProgramOverview />
    </div>
  );
}
