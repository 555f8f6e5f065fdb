// Search with Pagefind's index and our own result list: every result shown (no "load more"), each with
// what kind of page it is (the page's `type` meta) and an excerpt of its prose. The question lives in
// the address, so /search/?q=recovery searches on opening and the address follows what is typed.
const form = document.querySelector("[data-sp-search]");
const input = form && form.querySelector("input[name=q]");
const status = document.querySelector("[data-sp-search-status]");
const list = document.querySelector("[data-sp-search-results]");
const base = (form && form.getAttribute("data-base-url")) || "/";
let latest = 0;
let pagefind = null;

async function engine() {
  if (!pagefind) {
    pagefind = await import(`${base}pagefind/pagefind.js`);
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
  }
  return pagefind;
}

function keepInAddress(query) {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  if (url.href !== window.location.href) window.history.replaceState(null, "", url);
}

/** One entry per result; the drivers page gives one entry per driver section that matched. */
function entries(data) {
  const type = (data.meta && data.meta.type) || "Page";
  if (type === "Driver") {
    const sections = (data.sub_results || []).filter((s) => s.url.includes("#"));
    if (sections.length) return sections.map((s) => ({ type, title: s.title, url: s.url, excerpt: s.excerpt }));
  }
  return [{ type, title: (data.meta && data.meta.title) || data.url, url: data.url, excerpt: data.excerpt }];
}

function render(query, found) {
  list.replaceChildren(
    ...found.map((r) => {
      const item = document.createElement("li");
      item.className = "sp-result";
      const type = document.createElement("p");
      type.className = "govuk-body-s sp-result__type";
      type.textContent = r.type;
      const heading = document.createElement("h2");
      heading.className = "govuk-heading-s sp-result__title";
      const link = document.createElement("a");
      link.className = "govuk-link";
      link.href = r.url;
      link.textContent = r.title;
      heading.append(link);
      const excerpt = document.createElement("p");
      excerpt.className = "govuk-body sp-result__excerpt";
      // Pagefind's excerpt is the page's text, escaped, with <mark> around the words found.
      excerpt.innerHTML = r.excerpt;
      item.append(type, heading, excerpt);
      return item;
    }),
  );
  status.textContent = found.length
    ? `${found.length} ${found.length === 1 ? "result" : "results"} for “${query}”`
    : `No results for “${query}”. Check the spelling, or try fewer or other words.`;
}

async function search(query) {
  const ticket = ++latest;
  keepInAddress(query);
  if (!query) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  const pf = await engine();
  const result = await pf.search(query);
  const data = await Promise.all(result.results.map((r) => r.data()));
  if (ticket === latest) render(query, data.flatMap(entries));
}

if (form && input) {
  let timer = 0;
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => search(input.value.trim()), 200);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    search(input.value.trim());
  });
  const asked = new URLSearchParams(window.location.search).get("q") || "";
  input.value = asked;
  if (asked) search(asked.trim());
}
