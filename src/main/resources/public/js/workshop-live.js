/*
 * Workshop live view and projector page: asks live.json every 1.5 seconds and updates the counts;
 * when the revision has moved on, fetches the server-rendered part of the live view again and puts
 * it in place. Without JavaScript the pages show a refresh link instead.
 *
 * Why 1.5 s and not 2 s: the view must never be more than 2 s behind. A save that lands
 * just after a poll is seen one interval later plus the time the poll and the part take; measured
 * with 30 participants (bench/workshop.sh) those take well under 0.1 s, so 1.5 s leaves room.
 */
(function () {
  'use strict';
  var root = document.querySelector('[data-live-json]');
  if (!root || !window.fetch) {
    return;
  }
  var INTERVAL = 1500;
  var jsonUrl = root.getAttribute('data-live-json');
  var partUrl = root.getAttribute('data-live-part');
  var revision = root.getAttribute('data-revision');
  var statusText = root.getAttribute('data-status-text');
  var updatedText = root.getAttribute('data-updated-text');

  Array.prototype.forEach.call(document.querySelectorAll('[data-refresh]'), function (link) {
    link.hidden = true;
  });

  function field(name, value) {
    Array.prototype.forEach.call(document.querySelectorAll('[data-field="' + name + '"]'), function (el) {
      if (el.textContent !== value) {
        el.textContent = value;
      }
    });
  }

  function format(pattern, a, b) {
    return pattern.replace('{0}', a).replace('{1}', b);
  }

  function show(data) {
    field('joined', String(data.joined));
    field('finished', String(data.finished));
    if (statusText) {
      field('status', format(statusText, data.finished, data.joined));
    }
    if (updatedText) {
      field('updated', format(updatedText, new Date().toLocaleTimeString(document.documentElement.lang)));
    }
    if (partUrl && String(data.revision) !== revision) {
      var next = String(data.revision);
      return fetch(partUrl, { credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.text();
        })
        .then(function (html) {
          // keep what the consultant has opened or closed (the list of all questions, single questions)
          var opened = {};
          Array.prototype.forEach.call(root.querySelectorAll('details[id]'), function (d) {
            opened[d.id] = d.open;
          });
          root.innerHTML = html; // rendered by the server's templates, escaped there
          Array.prototype.forEach.call(root.querySelectorAll('details[id]'), function (d) {
            if (Object.prototype.hasOwnProperty.call(opened, d.id)) {
              d.open = opened[d.id];
            }
          });
          revision = next;
          root.setAttribute('data-revision', next);
        });
    }
    return Promise.resolve();
  }

  function poll() {
    return fetch(jsonUrl, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(show)
      .catch(function () {
        Array.prototype.forEach.call(document.querySelectorAll('[data-refresh]'), function (link) {
          link.hidden = false;
        });
      });
  }

  function tick() {
    var started = Date.now();
    poll().then(function () {
      window.setTimeout(tick, Math.max(0, INTERVAL - (Date.now() - started)));
    });
  }

  window.setTimeout(tick, INTERVAL);
}());
