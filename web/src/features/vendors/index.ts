export { CategorySelect } from './components/CategorySelect.tsx';
export { InviteMemberForm } from './components/InviteMemberForm.tsx';
export { TeamMembers } from './components/TeamMembers.tsx';
export { VendorProfileEditor } from './components/VendorProfileEditor.tsx';
export { VendorsTable } from './components/VendorsTable.tsx';
export { categoryName, useCategories } from './hooks/useCategories.ts';
export { useVendor } from './hooks/useVendor.ts';
export { useVendors } from './hooks/useVendors.ts';
