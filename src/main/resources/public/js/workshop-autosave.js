// Saves a participant's page on each change, so that answers survive a reload or a lost connection
// between two taps. The form still works without it: "next" and "back" save as before.
(function () {
  'use strict';
  var form = document.querySelector('form.ws-autosave');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  var status = form.querySelector('.ws-save-status');
  var timer = null;
  var pending = null;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function save() {
    timer = null;
    var data = new FormData(form);
    data.delete('go');
    data.append('go', 'autosave');
    var body = new URLSearchParams();
    data.forEach(function (value, key) { body.append(key, value); });
    pending = fetch(form.getAttribute('action'), {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'}
    }).then(function (response) {
      if (response.status === 204) {
        say(form.getAttribute('data-saved'));
      } else if (response.status !== 422) {
        say(form.getAttribute('data-failed'));
      }
    }).catch(function () {
      say(form.getAttribute('data-failed'));
    });
  }

  function later(delay) {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(save, delay);
  }

  form.addEventListener('change', function () { later(150); });
  form.addEventListener('input', function (event) {
    var type = event.target.type;
    if (type === 'text' || type === 'number' || type === 'textarea' || event.target.tagName === 'TEXTAREA') {
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
