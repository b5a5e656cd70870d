import { Link } from 'react-router';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function HomePage() {
  usePageTitle('Home');
  return (
    <div className="page home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">Support promises, backed by data</h1>
        <p className="lead">
          The Customer Excellence Pledge is a free program for software and service vendors. Members sign concrete promises about customer support, back them every six
          months with real figures, and show a live badge that anyone can verify.
        </p>
        <div className="hero-actions">
          <Link to="/directory" className="btn btn-primary">
            Browse the directory
          </Link>
          <Link to="/apply" className="btn btn-secondary">
            Apply as a vendor
          </Link>
        </div>
      </section>

      <section aria-labelledby="promises-title">
        <h2 id="promises-title">The four promises</h2>
        <ol className="promises">
          <li>
            <strong>Exceptional support and service.</strong> Customers get help that solves their problem.
          </li>
          <li>
            <strong>High ethical standards</strong> in sales, service and business.
          </li>
          <li>
            <strong>Timely care:</strong> a first response within 120 minutes during business hours, daily follow-ups where they apply, and a published description of
            what low, medium and high priority mean.
          </li>
          <li>
            <strong>A named point of contact:</strong> every customer knows which person or team to turn to.
          </li>
        </ol>
      </section>

      <section aria-labelledby="how-title" className="how">
        <h2 id="how-title">How it works</h2>
        <div className="grid-3">
          <div className="card">
            <h3>Buyers check</h3>
            <p>Search the directory or click a vendor’s badge to see whether its pledge is current.</p>
          </div>
          <div className="card">
            <h3>Vendors prove</h3>
            <p>Every six months members submit response times, top issues and, where they run it, NPS, for the program team to review.</p>
          </div>
          <div className="card">
            <h3>The badge stays honest</h3>
            <p>Its colour follows the vendor’s standing, and a badge copied to another site says so.</p>
          </div>
        </div>
      </section>
    </div>
  );
}
