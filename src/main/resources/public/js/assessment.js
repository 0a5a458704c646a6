// Digital-Check Hagen: small enhancements of the assessment pages. Everything works without this file.
(function () {
  "use strict";

  // --- copy the personal link -------------------------------------------------------------
  document.querySelectorAll("button.copy-link").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    var status = button.closest(".personal-link").querySelector(".copy-status");
    if (!field) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var done = function () { status.textContent = button.getAttribute("data-copied"); };
      var fallback = function () {
        field.focus();
        field.select();
        try {
          if (document.execCommand("copy")) { done(); return; }
        } catch (e) { /* below */ }
        status.textContent = button.getAttribute("data-failed");
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, fallback);
      } else {
        fallback();
      }
    });
    field.addEventListener("focus", function () { field.select(); });
  });

  // --- a link to a recommendation that is folded away (result page) opens its disclosure ------
  function revealTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) { return; }
    var folded = false;
    for (var el = target.parentElement; el; el = el.parentElement) {
      if (el.tagName === "DETAILS" && !el.open) { el.open = true; folded = true; }
    }
    if (folded) { target.scrollIntoView(); }
  }
  window.addEventListener("hashchange", revealTarget);
  revealTarget();

  // --- print everything: folded parts are opened for printing and folded again afterwards ----
  var foldedForPrint = [];
  window.addEventListener("beforeprint", function () {
    foldedForPrint = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    foldedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    foldedForPrint.forEach(function (d) { d.open = false; });
    foldedForPrint = [];
  });

  // --- after an invalid submit, the keyboard and the screen reader start at the list of problems ---
  var summary = document.getElementById("error-summary");
  if (summary && document.activeElement !== summary) { summary.focus(); }

  // --- show_if at once, and exclusive options ----------------------------------------------
  var form = document.getElementById("step-form");
  if (!form) { return; }
  var others = {};
  try { others = JSON.parse(form.getAttribute("data-answers") || "{}"); } catch (e) { others = {}; }
  var questions = Array.prototype.slice.call(form.querySelectorAll("[data-question]"));
  var byId = {};
  questions.forEach(function (q) { byId[q.getAttribute("data-question")] = q; });

  function number(text) {
    var t = String(text).trim().replace(",", ".");
    return /^[+-]?\d+(\.\d+)?$/.test(t) ? parseFloat(t) : null;
  }

  // the answer of a question on this page (null: unanswered), as the contract's JSON has it
  function valueOf(q) {
    var type = q.getAttribute("data-type");
    if (type === "single") {
      var c = q.querySelector("input:checked");
      return c ? c.value : null;
    }
    if (type === "multi") {
      var all = Array.prototype.map.call(q.querySelectorAll("input:checked"), function (i) { return i.value; });
      return all.length ? all : null;
    }
    var field = q.querySelector("input, textarea");
    var v = field ? field.value.trim() : "";
    if (!v) { return null; }
    return type === "number" ? number(v) : v;
  }

  function answer(id, visible) {
    if (byId[id]) {
      return visible[id] ? valueOf(byId[id]) : null;
    }
    return Object.prototype.hasOwnProperty.call(others, id) ? others[id] : null;
  }

  function holds(c, visible) {
    if (c.all) { return c.all.every(function (x) { return holds(x, visible); }); }
    if (c.any) { return c.any.some(function (x) { return holds(x, visible); }); }
    if (c.not) { return !holds(c.not, visible); }
    if (c.server) { return true; }
    var a = answer(c.answer, visible);
    if (Object.prototype.hasOwnProperty.call(c, "answered")) { return (a !== null) === c.answered; }
    if (a === null) { return false; }
    var chosen = Array.isArray(a) ? a : [a];
    if (Object.prototype.hasOwnProperty.call(c, "is")) { return chosen.indexOf(c.is) >= 0; }
    if (c["in"]) { return chosen.some(function (o) { return c["in"].indexOf(o) >= 0; }); }
    if (Object.prototype.hasOwnProperty.call(c, "at_least")) { return typeof a === "number" && a >= c.at_least; }
    if (Object.prototype.hasOwnProperty.call(c, "at_most")) { return typeof a === "number" && a <= c.at_most; }
    return false;
  }

  var shown = form.querySelector("input[name=_shown]");
  function apply() {
    var visible = {};
    questions.forEach(function (q) {
      var id = q.getAttribute("data-question");
      var condition = q.getAttribute("data-show-if");
      var show = true;
      if (condition) {
        try { show = holds(JSON.parse(condition), visible); } catch (e) { show = !q.hidden; }
      }
      visible[id] = show;
      q.hidden = !show;
    });
    if (shown) {
      shown.value = Object.keys(visible).filter(function (id) { return visible[id]; }).join(" ");
    }
  }

  form.addEventListener("change", function (event) {
    var input = event.target;
    if (input.type === "checkbox" && input.checked) {
      var group = input.closest("[data-question]");
      group.querySelectorAll("input[type=checkbox]").forEach(function (other) {
        if (other !== input && (input.hasAttribute("data-exclusive") || other.hasAttribute("data-exclusive"))) {
          other.checked = false;
        }
      });
    }
    apply();
  });
  form.addEventListener("input", apply);
  // (apply() runs once below, after a kept draft is filled in)

  // --- what is typed on a page survives a reload and an expired page: kept in this tab -------
  // (sessionStorage: never sent anywhere, gone with the tab). The draft is marked when the form is sent;
  // a marked draft is dropped when a page loads, unless the server says the page had expired.
  // Only forms that ask for it (data-draft: the online check's steps; its server knows "_lang").
  var draftKey = "digitalcheck.draft:" + form.getAttribute("action");
  var storage = null;
  if (form.hasAttribute("data-draft")) {
    try { storage = window.sessionStorage; storage.getItem(draftKey); } catch (e) { storage = null; }
  }

  function fieldsOf() {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && (el.name.indexOf("q.") === 0 || el.name === "company");
    });
  }

  function saveDraft(sent) {
    if (!storage) { return; }
    var values = {};
    fieldsOf().forEach(function (el) {
      if (el.type === "radio" || el.type === "checkbox") {
        if (!values[el.name]) { values[el.name] = []; }
        if (el.checked) { values[el.name].push(el.value); }
      } else {
        values[el.name] = [el.value];
      }
    });
    try { storage.setItem(draftKey, JSON.stringify({ sent: !!sent, values: values })); } catch (e) { /* full: no draft */ }
  }

  function restoreDraft() {
    if (!storage) { return; }
    var draft = null;
    try { draft = JSON.parse(storage.getItem(draftKey) || "null"); } catch (e) { draft = null; }
    var notice = form.getAttribute("data-notice");
    if (!draft || (draft.sent && notice !== "expired") || notice === "errors") {
      // saved (or the server shows back what was sent): the page shows the stored answers
      storage.removeItem(draftKey);
      return;
    }
    var changed = false;
    fieldsOf().forEach(function (el) {
      var kept = draft.values[el.name];
      if (!kept) { return; }
      if (el.type === "radio" || el.type === "checkbox") {
        var on = kept.indexOf(el.value) >= 0;
        if (el.checked !== on) { el.checked = on; changed = true; }
      } else if (el.value !== kept[0]) {
        el.value = kept[0];
        changed = true;
      }
    });
    var restored = document.querySelector(".restored-notice");
    if (changed && restored) { restored.hidden = false; }
  }

  restoreDraft();
  apply();
  form.addEventListener("input", function () { saveDraft(false); });
  form.addEventListener("change", function () { saveDraft(false); });
  form.addEventListener("submit", function () { saveDraft(true); });

  // --- switching the language on a step page first saves the page --------------------------
  if (!form.hasAttribute("data-draft")) { return; }
  document.querySelectorAll(".lang-switch a[hreflang]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var lang = document.createElement("input");
      lang.type = "hidden";
      lang.name = "_lang";
      lang.value = link.getAttribute("hreflang");
      form.appendChild(lang);
      saveDraft(true);
      form.submit();
    });
  });
})();
