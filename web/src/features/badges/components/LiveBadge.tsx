import { useState } from 'react';
import { Link } from 'react-router';

type LoadState = 'loading' | 'loaded' | 'failed';

/**
 * The badge as the world sees it, straight from the badge endpoint (same origin as the app, so it
 * reads as verified here). Linked to the verification page unless `link` is false.
 */
export function LiveBadge({ slug, alt, link = true }: { slug: string; alt: string; link?: boolean }) {
  const [state, setState] = useState<LoadState>('loading');
  const image = (
    <img
      src={`/badge/${encodeURIComponent(slug)}.svg`}
      alt={alt}
      height={20}
      className="badge-image"
      onLoad={() => setState('loaded')}
      onError={() => setState('failed')}
    />
  );
  return (
    <span className="live-badge" aria-busy={state === 'loading' || undefined}>
      {link ? <Link to={`/verify/${encodeURIComponent(slug)}`}>{image}</Link> : image}
      {state === 'failed' ? <span className="error-text"> The badge could not be loaded; reload the page to try again.</span> : null}
    </span>
  );
}
