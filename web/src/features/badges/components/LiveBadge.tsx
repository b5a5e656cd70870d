import { useState } from 'react';
import { Link } from 'react-router';
import { type BadgeLookChoice, DEFAULT_LOOK, lookHeight, lookQuery } from '../utils/embed-snippets.ts';

type LoadState = 'loading' | 'loaded' | 'failed';

/**
 * The badge as the world sees it, straight from the badge endpoint (same origin as the app, so it
 * reads as verified here). Linked to the verification page unless `link` is false.
 */
export function LiveBadge({ slug, alt, link = true, look = DEFAULT_LOOK }: { slug: string; alt: string; link?: boolean; look?: BadgeLookChoice }) {
  const [state, setState] = useState<LoadState>('loading');
  const image = (
    <img
      src={`/badge/${encodeURIComponent(slug)}.svg${lookQuery(look)}`}
      alt={alt}
      height={lookHeight(look.style)}
      className="badge-image"
      onLoad={() => setState('loaded')}
      onError={() => setState('failed')}
      // On a page rendered by the server the image may finish before the app hydrates, and its load
      // event is then long gone: read the outcome from the element.
      ref={(img) => {
        if (img?.complete) setState(img.naturalWidth > 0 ? 'loaded' : 'failed');
      }}
    />
  );
  return (
    <span className="live-badge" aria-busy={state === 'loading' || undefined}>
      {link ? <Link to={`/verify/${encodeURIComponent(slug)}`}>{image}</Link> : image}
      {state === 'failed' ? <span className="error-text"> The badge could not be loaded; reload the page to try again.</span> : null}
    </span>
  );
}
