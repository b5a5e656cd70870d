/** The sites a vendor listed for its badge, as plain chips (the editor is in the profile). */
export function BadgeDomainsList({ domains, label, emptyText }: { domains: string[]; label: string; emptyText: string }) {
  if (domains.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="chip-list" aria-label={label}>
      {domains.map((domain) => (
        <li key={domain} className="chip chip-static">
          {domain}
        </li>
      ))}
    </ul>
  );
}
