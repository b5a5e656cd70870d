import type { ControlProps } from '../../../components/ui/FormField.tsx';
import { useVendors } from '../../vendors/index.ts';

/** The API's largest page: enough vendors for a filter at this program's size. */
const VENDOR_PAGE = { pageSize: 100, sort: 'name' } as const;

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
