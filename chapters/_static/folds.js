// A link into folded content (a reference in its folded group, a row of a folded table) opens every fold
// around its target and shows it: on arrival and when the address's fragment changes on the same page.
// Chromium opens the folds itself on a fragment navigation; this does the same in every browser.
(function () {
  "use strict";
  function reveal() {
    if (!window.location.hash) return;
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (!target) return;
    var opened = false;
    for (var el = target.parentElement; el; el = el.parentElement) {
      if (el.tagName === "DETAILS" && !el.open) { el.open = true; opened = true; }
    }
    if (opened) target.scrollIntoView();
  }
  window.addEventListener("hashchange", reveal);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", reveal);
  else reveal();
})();
