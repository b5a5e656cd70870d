/** What happens to a complaint and who sees what, before anyone types a word. */
export function ComplaintIntro({ vendorName }: { vendorName: string }) {
  return (
    <p className="lead" data-testid="complaint-intro">
      We e-mail you a link to confirm; unconfirmed complaints are deleted after 7 days. The registry reviews it and may forward it to {vendorName}, who has 10
      business days to respond. {vendorName} sees your name, e-mail and organisation only if you tick the box below. Complaints are never public.
    </p>
  );
}
