export { BadgeDashboard } from './components/BadgeDashboard.tsx';
export { BadgeStatusTag } from './components/BadgeStatusTag.tsx';
export { CameFrom } from './components/CameFrom.tsx';
export { CustomerPromises } from './components/CustomerPromises.tsx';
export { VendorBadge } from './components/VendorBadge.tsx';
export { VerificationDetails } from './components/VerificationDetails.tsx';
export { useVerification } from './hooks/useVerification.ts';
export { BADGE_STATUS_LABELS, isUnknownVendor } from './utils/badge-status.ts';
