import type { ListVendorsQuery } from '@cep/shared';
import type { ControlProps } from '../../../components/ui/FormField.tsx';
import { useVendors } from '../../vendors/index.ts';

/** The API's largest page: the first 100 vendors by name (a vendor further on is reached from its own page's link). */
const VENDOR_PAGE: ListVendorsQuery = { limit: 100, sort: 'name' };

/** Every vendor by name, with "All vendors" first; the value is the vendor's id. */
export function VendorSelect({ control, value, onChange }: { control: ControlProps; value: string; onChange: (vendorId: string) => void }) {
  const vendors = useVendors(VENDOR_PAGE);
  const items = vendors.data?.items;
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)} disabled={vendors.isPending} aria-busy={vendors.isPending || undefined}>
      <option value="">All vendors</option>
      {items?.map((v) => (
        <option key={v.id} value={v.id}>
          {v.name}
        </option>
      ))}
      {/* A vendor beyond the first page (or linked to directly) still shows as chosen. */}
      {value && items && !items.some((v) => v.id === value) ? <option value={value}>The chosen vendor</option> : null}
    </select>
  );
}
