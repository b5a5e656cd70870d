/*
 * Customer Excellence Pledge badge, script variant. Paste
 *   <span data-cep-badge="your-slug"></span><script async src="https://REGISTRY/embed.js"></script>
 * and this draws the live badge, linked to its verification page, into every [data-cep-badge]
 * element. The registry is wherever this script was loaded from. No dependencies, no cookies, and
 * safe to include more than once.
 */
/* global document */
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

  function render() {
    var places = document.querySelectorAll('[data-cep-badge]');
    for (var i = 0; i < places.length; i++) {
      var place = places[i];
      var slug = (place.getAttribute('data-cep-badge') || '').trim();
      if (place.hasAttribute('data-cep-badge-done') || !SLUG.test(slug)) continue;
      var link = document.createElement('a');
      link.href = base + '/verify/' + slug;
      var img = document.createElement('img');
      // Anonymous CORS: the image request carries no cookies (the badge answers any origin).
      img.crossOrigin = 'anonymous';
      img.src = base + '/badge/' + slug + '.svg';
      img.alt = 'Customer Excellence Pledge: check the status of ' + slug;
      img.height = 20;
      img.style.border = '0';
      img.style.verticalAlign = 'middle';
      link.appendChild(img);
      place.textContent = '';
      place.appendChild(link);
      place.setAttribute('data-cep-badge-done', '');
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render);
  else render();
})();
