export function StatusTag({ status, label, className }: { status: string; label?: string; className?: string }) {
  return <span className={['tag', `tag-${status}`, className ?? ''].filter(Boolean).join(' ')}>{label ?? status}</span>;
}
