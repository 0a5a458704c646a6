// Saves a participant's page on each change, so that answers survive a reload or a lost connection
// between two taps. The form still works without it: "next" and "back" save as before. One save at a
// time, each with the whole page: a later change waits for the save before it, so an older state can
// never land after a newer one.
(function () {
  'use strict';
  var form = document.querySelector('form.ws-autosave');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  var status = form.querySelector('.ws-save-status');
  var timer = null;
  var inFlight = false;
  var again = false;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function save() {
    timer = null;
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    var data = new FormData(form);
    data.delete('go');
    data.append('go', 'autosave');
    var body = new URLSearchParams();
    data.forEach(function (value, key) { body.append(key, value); });
    fetch(form.getAttribute('action'), {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'}
    }).then(function (response) {
      return response.status;
    }, function () {
      return 0;
    }).then(function (code) {
      inFlight = false;
      if (again) {
        again = false;
        save();
      } else if (!timer) {
        if (code === 204) {
          say(form.getAttribute('data-saved'));
        } else if (code !== 422) {
          say(form.getAttribute('data-failed'));
        }
      }
    });
  }

  function later(delay) {
    say('');
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(save, delay);
  }

  form.addEventListener('change', function () { later(150); });
  form.addEventListener('input', function (event) {
    var type = event.target.type;
    if (type === 'text' || type === 'number' || event.target.tagName === 'TEXTAREA') {
      later(800);
    }
  });
  // a save still waiting is sent before the page is left
  window.addEventListener('pagehide', function () {
    if (timer) {
      clearTimeout(timer);
      save();
    }
  });
})();
