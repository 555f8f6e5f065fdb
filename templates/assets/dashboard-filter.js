// Filters the dashboard's list of actions in place. Without JavaScript the form stays hidden and
// the pre-built filtered views (linked above it) do the same job.
(function () {
  var form = document.querySelector("[data-sp-filter]");
  if (!form) return;
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));
  var count = form.querySelector("[data-sp-filter-count]");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));

  function apply() {
    var wanted = selects.map(function (s) { return s.value; }).filter(Boolean);
    var shown = 0;
    items.forEach(function (item) {
      var tokens = " " + item.getAttribute("data-filter") + " ";
      var match = wanted.every(function (token) { return tokens.indexOf(" " + token + " ") !== -1; });
      item.hidden = !match;
      if (match) shown++;
    });
    count.textContent = "Showing " + shown + " of " + items.length + " actions";
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  form.hidden = false;
  apply();
})();
