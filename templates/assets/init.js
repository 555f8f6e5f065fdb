// govuk-frontend's components that need a script (the service navigation's menu button on a phone).
import { initAll } from "./govuk-frontend.min.js";

initAll();

// A table too wide for its box says so in words, beside the shadows the stylesheet draws.
function markScrollingTables() {
  for (const wrap of document.querySelectorAll("[data-sp-table-wrap]")) {
    const cue = wrap.querySelector(".sp-table-wrap__cue");
    if (cue) cue.hidden = wrap.scrollWidth <= wrap.clientWidth + 1;
  }
}
markScrollingTables();
window.addEventListener("resize", markScrollingTables);
