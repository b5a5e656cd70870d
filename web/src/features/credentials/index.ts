export { VendorCredential } from './components/VendorCredential.tsx';
export { useVerifyCredential } from './hooks/useCredentials.ts';
