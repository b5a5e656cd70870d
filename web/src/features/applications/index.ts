export { ApplicationForm } from './components/ApplicationForm.tsx';
export { ApplicationsReview } from './components/ApplicationsReview.tsx';
