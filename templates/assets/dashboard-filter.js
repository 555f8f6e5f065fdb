// Filters the dashboard's list of actions in place, from the form's choices, and keeps the choices in
// the address (?status=at-risk&theme=inclusion) so a filtered view can be shared, bookmarked and
// reloaded. Without JavaScript the form stays hidden; the headline figures and the "Filter the
// actions" links reach pre-built views instead.
(function () {
  var form = document.querySelector("[data-sp-filter]");
  if (!form) return;
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));
  var count = document.querySelector("[data-sp-filter-count]");
  var empty = document.querySelector("[data-sp-filter-empty]");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));

  // The address's choices, where the form offers them: an unknown value is ignored, not an empty list.
  function fromAddress() {
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var wanted = params.get(select.name) || "";
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === wanted; });
      select.value = known ? wanted : "";
    });
  }

  function toAddress() {
    var params = new URLSearchParams();
    selects.forEach(function (select) { if (select.value) params.set(select.name, select.value); });
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + "#actions";
    if (url !== window.location.pathname + window.location.search + window.location.hash) window.history.replaceState(null, "", url);
  }

  function apply() {
    var wanted = selects.filter(function (s) { return s.value; }).map(function (s) { return s.name + ":" + s.value; });
    var shown = 0;
    items.forEach(function (item) {
      var tokens = " " + item.getAttribute("data-filter") + " ";
      var match = wanted.every(function (token) { return tokens.indexOf(" " + token + " ") !== -1; });
      item.hidden = !match;
      if (match) shown++;
    });
    count.textContent = wanted.length
      ? "Showing " + shown + " of " + items.length + " actions"
      : "Showing all " + items.length + " actions";
    empty.hidden = shown !== 0;
  }

  form.addEventListener("change", function () { apply(); toAddress(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); toAddress(); });
  Array.prototype.forEach.call(document.querySelectorAll("[data-sp-filter-clear]"), function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      selects.forEach(function (s) { s.value = ""; });
      apply();
      toAddress();
      selects[0].focus();
    });
  });
  window.addEventListener("popstate", function () { fromAddress(); apply(); });
  form.hidden = false;
  fromAddress();
  apply();
})();
