// Makes the data pages' tables sortable and searchable with DataTables, offline: the bundle is the one
// the itables package ships, copied into the build by article_report.sphinx_ext. Pages without a data
// table load nothing. Without JavaScript the tables stay plain, readable tables.
(function () {
  "use strict";
  function start() {
    var tables = document.querySelectorAll("table.aa-datatable");
    if (!tables.length) return;
    var root = document.documentElement.dataset.content_root || "./";
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = root + "_static/vendor/dt_bundle.css";
    // Before the book's own stylesheets, so that report.css adapts DataTables to the theme.
    document.head.insertBefore(css, document.head.querySelector('link[rel="stylesheet"]'));
    import(root + "_static/vendor/dt_bundle.js").then(function (dt) {
      var DataTable = dt.default;
      var target = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
      tables.forEach(function (table) {
        // The caption names the table; DataTables keeps it. Rows keep their anchors for links.
        // On a phone each row is a card of its own (report.css): five of them at a time, so a page of the
        // Data part stays short; the menu under the table offers more.
        var length = parseInt(table.dataset.pageLength || "25", 10);
        if (window.matchMedia("(max-width: 640px)").matches) length = Math.min(length, 5);
        table.dataset.pageLength = length;  // DataTables reads the attribute before its options
        var api = new DataTable(table, {
          pageLength: length,
          lengthMenu: [5, 10, 25, 50, 100],
          order: [],
          autoWidth: false,
          language: { search: "Filter the rows:" }
        });
        if (target) {
          // A link to a row on a later page of the table: show that page, then the row.
          var index = api.rows().nodes().toArray().indexOf(target);
          if (index >= 0) {
            api.page(Math.floor(index / api.page.len())).draw(false);
            target.scrollIntoView();
          }
        }
      });
      document.documentElement.dataset.datatables = "ready";
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
