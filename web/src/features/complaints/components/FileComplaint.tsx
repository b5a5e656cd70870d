import type { ComplaintFiled } from '@cep/shared';
import { useState } from 'react';
import { ComplaintFiledNotice } from './ComplaintFiledNotice.tsx';
import { ComplaintForm } from './ComplaintForm.tsx';
import { ComplaintIntro } from './ComplaintIntro.tsx';

/** The intro and the form, then, once the registry accepted it, what to do next. The page gives the heading. */
export function FileComplaint({ vendorSlug, vendorName }: { vendorSlug: string; vendorName: string }) {
  const [filed, setFiled] = useState<{ filed: ComplaintFiled; email: string } | null>(null);
  if (filed) return <ComplaintFiledNotice filed={filed.filed} email={filed.email} vendorName={vendorName} />;
  return (
    <div className="stack">
      <ComplaintIntro vendorName={vendorName} />
      <ComplaintForm vendorSlug={vendorSlug} vendorName={vendorName} onFiled={(result, email) => setFiled({ filed: result, email })} />
    </div>
  );
}
