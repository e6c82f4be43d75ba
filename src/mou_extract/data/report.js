// Filter the events table by free text; the page works without this script.
(function () {
  "use strict";
  var input = document.getElementById("filter");
  var shown = document.getElementById("shown");
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.events tbody tr"));
  function update() {
    var q = input.value.trim().toLowerCase();
    var n = 0;
    rows.forEach(function (tr) {
      var hit = !q || tr.textContent.toLowerCase().indexOf(q) >= 0;
      tr.hidden = !hit;
      if (hit) { n += 1; }
    });
    shown.textContent = n + " of " + rows.length + " events shown";
  }
  input.addEventListener("input", update);
  update();
})();
