import {
  scaleOf,
  updatesInOrder,
  type Action,
  type SiteContent,
  type StrategyModel,
  type UpdateContent,
} from "../model/index.ts";
import { noteHtml } from "./markdown.ts";
import { strategyUrls, type StrategyUrls } from "./urls.ts";
import { element, escapeXml } from "./xml.ts";

/** One update with what its feed entry needs: its action and its place among that action's updates on the same day. */
interface FeedItem {
  action: Action;
  update: UpdateContent;
  sameDayIndex: number;
}

/**
 * The progress updates of one strategy as an Atom 1.0 feed (RFC 4287), newest first. Every date comes
 * from the content, so the feed only changes when an update does.
 */
export function atomFeed(site: SiteContent, strategy: StrategyModel): string {
  const urls = strategyUrls(site, strategy);
  const items = feedItems(strategy);
  const meta = strategy.meta;
  const updated = items[0]?.update.date ?? strategy.asAt;
  const subtitle =
    `Progress updates on the actions in ${meta.title}.` +
    (meta.illustrative ? " The progress shown is illustrative example data, not a real record." : "");
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(meta.language)}">`,
    `  ${element("id", {}, _tag(urls, strategy, strategy.id))}`,
    `  ${element("title", {}, `${meta.title}: progress updates`)}`,
    `  ${element("subtitle", {}, subtitle)}`,
    `  ${element("updated", {}, _timestamp(updated))}`,
    `  <author>${element("name", {}, site.publisher.name)}${site.publisher.url ? element("uri", {}, site.publisher.url) : ""}</author>`,
    `  ${element("link", { rel: "self", type: "application/atom+xml", href: urls.file("feed.xml") })}`,
    `  ${element("link", { rel: "alternate", type: "text/html", href: urls.home })}`,
    ...(meta.licence ? [`  ${element("rights", {}, meta.licence.name)}`] : []),
    ...items.map((item) => _entry(urls, strategy, item)),
    `</feed>`,
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * Every update, newest first. Each action's updates come in the model's one update order, reversed, so on
 * the same day the later entry in the file (the one that sets the status) is on top, as in the action's
 * history; updates of different actions on the same day follow plan order.
 */
export function feedItems(strategy: StrategyModel): FeedItem[] {
  const items = strategy.actions.flatMap((action) => {
    const seen = new Map<string, number>();
    return updatesInOrder(action.updates)
      .map((update) => {
        const sameDayIndex = (seen.get(update.date) ?? 0) + 1;
        seen.set(update.date, sameDayIndex);
        return { action, update, sameDayIndex };
      })
      .reverse();
  });
  return items.sort((x, y) => (x.update.date < y.update.date ? 1 : x.update.date > y.update.date ? -1 : 0));
}

function _entry(urls: StrategyUrls, strategy: StrategyModel, { action, update, sameDayIndex }: FeedItem): string {
  const when = _timestamp(update.date);
  const page = urls.action(action.id);
  return [
    `  <entry>`,
    `    ${element("id", {}, _tag(urls, strategy, `${strategy.id}/${action.id}/${update.date}/${sameDayIndex}`))}`,
    `    ${element("title", {}, `${action.title}: ${scaleOf(strategy).words[update.status]}`)}`,
    `    ${element("published", {}, when)}`,
    `    ${element("updated", {}, when)}`,
    ...(update.by ? [`    <author>${element("name", {}, update.by)}</author>`] : []),
    `    ${element("link", { rel: "alternate", type: "text/html", href: page })}`,
    `    ${element("category", { term: update.status, label: scaleOf(strategy).words[update.status] })}`,
    // Relative links in a note are relative to the action's page, where the note is also shown.
    `    ${element("content", { type: "html", "xml:base": urls.absolute ? page : undefined }, noteHtml(update.note))}`,
    `  </entry>`,
  ].join("\n");
}

/**
 * A tag: URI (RFC 4151). The date is the year the strategy was published, when the publisher held its
 * address; with the specific part it never changes, whatever else about the update is edited.
 */
function _tag(urls: StrategyUrls, strategy: StrategyModel, specific: string): string {
  const year = strategy.meta.published?.slice(0, 4) ?? String(strategy.meta.period.start);
  return `tag:${urls.host},${year}:${specific}`;
}

/** An RFC 3339 timestamp for a content date: midnight UTC, as the content records days, not times. */
function _timestamp(date: string): string {
  return `${date}T00:00:00Z`;
}
