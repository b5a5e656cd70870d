export { AdminSubmissionReview } from './components/AdminSubmissionReview.tsx';
export { CheckpointCalendar } from './components/CheckpointCalendar.tsx';
export { CheckpointHistory } from './components/CheckpointHistory.tsx';
export { ProgramOverview } from './components/ProgramOverview.tsx';
export { ReviewQueue } from './components/ReviewQueue.tsx';
export { SubmissionEditor } from './components/SubmissionEditor.tsx';
export { formatCount, formatDecimal } from './utils/checkpoint-format.ts';
export { SUBMISSION_STATUS_LABELS } from './utils/checkpoint-labels.ts';
export { submissionHref, vendorPeriodHref } from './utils/checkpoint-links.ts';
