// The annotated article's layer switches: each checkbox adds or removes a "show-<layer>" class on the
// article; the text itself is always there, so the page reads without this script.
(function () {
  "use strict";
  function start() {
    document.querySelectorAll(".aa-annotated").forEach(function (box) {
      box.querySelectorAll("input[data-layer]").forEach(function (input) {
        input.addEventListener("change", function () {
          box.classList.toggle("show-" + input.dataset.layer, input.checked);
        });
      });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
