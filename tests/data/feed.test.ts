import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomFeed } from "../../src/data/index.ts";
import { STATUS_LABELS, buildStrategy, type StrategyModel } from "../../src/model/index.ts";
import { readModel } from "../../src/pipeline.ts";
import { CONTENT } from "../helpers/scratch.ts";
import { AWKWARD_NOTE, SITE, action, strategyFiles } from "./strategy-files.ts";
import { AS_AT, clockAt } from "../helpers/clock.ts";

type Node = Record<string, unknown>;
interface Link {
  "@_rel"?: string;
  "@_href": string;
}
interface Entry {
  id: string;
  title: string;
  updated: string;
  published: string;
  link: Link | Link[];
  content: { "#text": string; "@_type": string };
}
interface Feed {
  id: string;
  title: string;
  updated: string;
  author: { name: string };
  link: Link[];
  entry?: Entry[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses a feed, failing on anything that is not well-formed XML. */
function parseFeed(xml: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`feed is not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => name === "entry" || name === "link",
  });
  const doc = parser.parse(xml) as { feed?: Feed & Node };
  if (!doc.feed) throw new Error("no <feed> root element");
  return doc.feed;
}

function _links(l: Link | Link[]): Link[] {
  return Array.isArray(l) ? l : [l];
}

function derbyStrategy(): { strategy: StrategyModel; site: ReturnType<typeof readModel>["model"]["site"] } {
  const { model } = readModel(CONTENT);
  const strategy = model.strategies.find((s) => s.id === "derby-mental-health");
  if (!strategy) throw new Error("the Derby strategy is missing from content/");
  return { strategy, site: model.site };
}

describe("the Atom feed of the Derby strategy", () => {
  const { strategy, site } = derbyStrategy();
  const xml = atomFeed(site, strategy);
  const feed = parseFeed(xml);
  const entries = feed.entry ?? [];

  it("has the elements Atom requires, with RFC 3339 dates", () => {
    expect(xml).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(feed.id).toMatch(/^tag:strategies\.derby\.example,\d{4}:derby-mental-health$/);
    expect(feed.title).toContain(strategy.meta.title);
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author.name).toBe(site.publisher.name);
    for (const e of entries) {
      expect(e.id).toMatch(/^tag:[a-z0-9.-]+,\d{4}:\S+$/);
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.updated).toMatch(RFC3339);
      expect(e.published).toMatch(RFC3339);
    }
  });

  it("has one entry per update, newest first, each with its own id", () => {
    expect(entries.length).toBe(strategy.counts.updates);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const dates = entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("is dated by its newest update, not by the clock", () => {
    const newest = strategy.actions
      .flatMap((a) => a.updates ?? [])
      .map((u) => u.date)
      .sort()
      .at(-1);
    expect(feed.updated).toBe(`${newest}T00:00:00Z`);
    expect(entries[0]?.updated).toBe(feed.updated);
  });

  it("links itself and every entry with absolute addresses under the site's base", () => {
    const self = feed.link.find((l) => l["@_rel"] === "self");
    const alternate = feed.link.find((l) => l["@_rel"] === "alternate");
    expect(self?.["@_href"]).toBe("https://strategies.derby.example/derby-mental-health/feed.xml");
    expect(alternate?.["@_href"]).toBe("https://strategies.derby.example/derby-mental-health/");
    const actionPages = new Set(
      strategy.actions.map((a) => `https://strategies.derby.example/derby-mental-health/actions/${a.id}/`),
    );
    for (const e of entries) {
      const href = _links(e.link)[0]?.["@_href"] ?? "";
      expect(actionPages.has(href), href).toBe(true);
    }
  });

  it("titles each entry with the action and the status the update gave", () => {
    const a = strategy.actions.find((x) => (x.updates ?? []).length > 0);
    const u = a?.history[0];
    if (!a || !u) throw new Error("Derby has no updates");
    const entry = entries.find((e) => e.id.includes(`/${a.id}/${u.date}/`));
    expect(entry?.title).toBe(`${a.title}: ${STATUS_LABELS[u.status]}`);
    expect(entry?.content["@_type"]).toBe("html");
  });
});

describe("feed escaping and addresses", () => {
  const strategy = buildStrategy(
    strategyFiles([
      action(
        "x1",
        [
          { date: "2021-01-10", status: "on-track", note: "First." },
          {
            date: "2021-03-01",
            status: "at-risk",
            note: `${AWKWARD_NOTE}\n\n<script>alert(1)</script> [bad](javascript:alert(1)) [good](https://example.org/?a=1&b=2)`,
          },
          { date: "2021-03-01", status: "off-track", note: "Same day, written second." },
        ],
        { title: 'Fish & chips <b>"bold"</b>' },
      ),
    ]),
    clockAt(AS_AT.handMade),
  );

  it("keeps titles and notes exact through XML, with raw HTML shown as text and unsafe links dropped", () => {
    const entries = parseFeed(atomFeed(SITE, strategy)).entry ?? [];
    const atRisk = entries.find((e) => e.title.endsWith(": At risk"));
    expect(atRisk?.title).toBe('Fish & chips <b>"bold"</b>: At risk');
    const html = atRisk?.content["#text"] ?? "";
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script");
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('<a href="https://example.org/?a=1&amp;b=2">good</a>');
    expect(html).toContain("£12,500");
    expect(html).toContain("Gŵyl");
  });

  it("gives two updates on the same day different, stable ids, the later in the file first (it is the later update)", () => {
    const ids = (parseFeed(atomFeed(SITE, strategy)).entry ?? []).map((e) => e.id);
    expect(ids).toEqual([
      "tag:strategies.example,2020:test-strategy/x1/2021-03-01/2",
      "tag:strategies.example,2020:test-strategy/x1/2021-03-01/1",
      "tag:strategies.example,2020:test-strategy/x1/2021-01-10/1",
    ]);
  });

  it("puts the path prefix in every address", () => {
    const feed = parseFeed(atomFeed(SITE, strategy));
    expect(feed.link.map((l) => l["@_href"])).toEqual([
      "https://strategies.example/plans/test-strategy/feed.xml",
      "https://strategies.example/plans/test-strategy/",
    ]);
    expect(_links(feed.entry?.[0]?.link ?? [])[0]?.["@_href"]).toBe(
      "https://strategies.example/plans/test-strategy/actions/x1/",
    );
  });

  it("is still well-formed with no updates at all, dated by the strategy", () => {
    const empty = buildStrategy(strategyFiles([action("x2", [])]), clockAt(AS_AT.handMade));
    const feed = parseFeed(atomFeed(SITE, empty));
    expect(feed.entry ?? []).toEqual([]);
    expect(feed.updated).toBe(`${empty.asAt}T00:00:00Z`);
  });
});
