// Starts Pagefind's search interface. The fallback text stays for anyone whose browser cannot run it.
(function () {
  var box = document.querySelector("[data-sp-search]");
  if (!box || typeof PagefindUI === "undefined") return;
  document.documentElement.classList.add("js-search");
  new PagefindUI({
    element: "#search",
    baseUrl: box.getAttribute("data-base-url") || "/",
    showImages: false,
    resetStyles: false,
    autofocus: false,
  });
})();
