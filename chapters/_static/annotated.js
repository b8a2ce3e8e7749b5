// The annotated article: layer and view switches, claim notes opened in place, and the
// previous/next-problem buttons. The text is always there and every chip is a plain link to its note
// (which CSS shows as the link's target), so the page reads without this script.
(function () {
  "use strict";

  function toggleNote(chip, open) {
    const note = document.getElementById(chip.getAttribute("aria-controls"));
    if (!note) return;
    const show = open === undefined ? !note.classList.contains("aa-open") : open;
    note.classList.toggle("aa-open", show);
    chip.setAttribute("aria-expanded", show ? "true" : "false");
  }

  function start(box) {
    box.querySelectorAll("input[data-layer]").forEach(function (input) {
      input.addEventListener("change", function () {
        box.classList.toggle("show-" + input.dataset.layer, input.checked);
      });
    });
    box.querySelectorAll("input[data-view]").forEach(function (input) {
      input.addEventListener("change", function () {
        box.classList.toggle("only-" + input.dataset.view, input.checked);
      });
    });
    // A chip opens its note in place (no jump, no change of address); Space works as on a button.
    box.querySelectorAll("a.aa-cref").forEach(function (chip) {
      chip.addEventListener("click", function (event) {
        event.preventDefault();
        toggleNote(chip);
      });
      chip.addEventListener("keydown", function (event) {
        if (event.key === " ") {
          event.preventDefault();
          toggleNote(chip);
        }
      });
    });
    // Previous/next problem: the claims that are not simply verified, in reading order. The claims
    // layer is switched on if it was off, so the chip one lands on is visible.
    const nav = box.querySelector(".aa-nav");
    const status = box.querySelector(".aa-nav-status");
    const problems = Array.from(box.querySelectorAll("a.aa-cref.aa-problem"));
    let at = -1;
    if (nav && problems.length) {
      nav.hidden = false;
      box.querySelectorAll("button.aa-step").forEach(function (button) {
        button.addEventListener("click", function () {
          const claims = box.querySelector('input[data-layer="claims"]');
          if (claims && !claims.checked) {
            claims.checked = true;
            box.classList.add("show-claims");
          }
          if (at >= 0) toggleNote(problems[at], false);
          at = (at + Number(button.dataset.step) + problems.length) % problems.length;
          const chip = problems[at];
          toggleNote(chip, true);
          chip.scrollIntoView({ block: "center" });
          chip.focus({ preventScroll: true });
          if (status) status.textContent = "Problem " + (at + 1) + " of " + problems.length + ":";
        });
      });
    }
  }

  function startAll() {
    document.querySelectorAll(".aa-annotated").forEach(start);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startAll);
  else startAll();
})();
