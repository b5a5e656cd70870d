/**
 * A field people never see or reach: hidden from the eye and from assistive technology, out of the
 * tab order, never autofilled. A bot that fills every input fills this one too, and the server
 * quietly ignores its complaint.
 */
export function HoneypotField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label htmlFor="complaint-website">Leave this empty</label>
      <input id="complaint-website" name="website" type="text" tabIndex={-1} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
