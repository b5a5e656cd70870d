/*
 * Customer Excellence Pledge badge, script variant. Paste
 *   <span data-cep-badge="your-slug"></span><script async src="https://REGISTRY/embed.js"></script>
 * and this draws the live badge, linked to its verification page, into every [data-cep-badge]
 * element. The registry is wherever this script was loaded from. No dependencies, no cookies, and
 * safe to include more than once.
 *
 * The link carries `from=<this page's host>`, so the verification page can tell the visitor whether
 * the badge belongs on the page they came from. The alt text and title follow the live state (read
 * from the badge's JSON), judged for this page the way the registry judges it: a badge on a site the
 * vendor has not listed says "unverified site". (The rule is isListedHost in @cep/shared.)
 */
/* global document, window */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base;
  try {
    base = new URL(script.src).origin;
  } catch {
    return;
  }
  var SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
  var LABEL = 'Customer Excellence Pledge';
  var MESSAGES = { active: 'active', lapsed: 'lapsed', suspended: 'suspended', not_member: 'not a member' };
  var here = (window.location.hostname || '').toLowerCase();
  // The looks the snippet builder offers: data-cep-style="seal", data-cep-theme="dark".
  var STYLES = { flat: 20, seal: 72 };
  var THEMES = { light: true, dark: true };

  function listed(host, domains) {
    for (var i = 0; i < domains.length; i++) {
      if (host === domains[i] || host.slice(-(domains[i].length + 1)) === '.' + domains[i]) return true;
    }
    return false;
  }

  /** Alt text and title from the live state, once the JSON arrives; the neutral text until then. */
  function describe(img, slug) {
    if (typeof fetch !== 'function') return;
    fetch(base + '/badge/' + slug + '.json', { credentials: 'omit' })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (badge) {
        if (!badge) return;
        var message = here && !listed(here, badge.badgeDomains || []) ? 'unverified site' : MESSAGES[badge.status] || MESSAGES.not_member;
        var text = badge.vendorName + ': ' + LABEL + ' — ' + message + '. Select to verify.';
        img.alt = text;
        img.title = text;
      })
      .catch(function () {
        /* The neutral alt text stays. */
      });
  }

  function render() {
    var places = document.querySelectorAll('[data-cep-badge]');
    for (var i = 0; i < places.length; i++) {
      var place = places[i];
      var slug = (place.getAttribute('data-cep-badge') || '').trim();
      if (place.hasAttribute('data-cep-badge-done') || !SLUG.test(slug)) continue;
      var link = document.createElement('a');
      link.href = base + '/verify/' + slug + (here ? '?from=' + encodeURIComponent(here) : '');
      var style = place.getAttribute('data-cep-style') || 'flat';
      var theme = place.getAttribute('data-cep-theme') || 'light';
      if (!Object.prototype.hasOwnProperty.call(STYLES, style)) style = 'flat';
      if (!Object.prototype.hasOwnProperty.call(THEMES, theme)) theme = 'light';
      var query = [style !== 'flat' ? 'style=' + style : '', theme !== 'light' ? 'theme=' + theme : ''].filter(Boolean).join('&');
      var img = document.createElement('img');
      // Anonymous CORS: the image request carries no cookies (the badge answers any origin).
      img.crossOrigin = 'anonymous';
      img.src = base + '/badge/' + slug + '.svg' + (query ? '?' + query : '');
      img.alt = LABEL + ' — verify status';
      img.height = STYLES[style];
      img.style.border = '0';
      img.style.verticalAlign = 'middle';
      link.appendChild(img);
      place.textContent = '';
      place.appendChild(link);
      place.setAttribute('data-cep-badge-done', '');
      describe(img, slug);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render);
  else render();
})();
