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
  apply();
})();
