export function StatusTag({ status, label }: { status: string; label?: string }) {
  return <span className={`tag tag-${status}`}>{label ?? status}</span>;
}
