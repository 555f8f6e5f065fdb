import type { SiteContent, StrategyModel } from "../model/index.ts";

/** Where one strategy lives on the published site, for outputs read away from it (the feed, the data files). */
export interface StrategyUrls {
  /** The strategy's home page, ending in "/": absolute when the site has a base address, else root-relative. */
  home: string;
  /** The host that names the feed's tag: URIs. */
  host: string;
  absolute: boolean;
  action(actionId: string): string;
  file(name: string): string;
}

/**
 * Joins base_url, path_prefix and the strategy id. The prefix is resolved as an absolute path against the
 * base so that a base which already ends in the prefix is not doubled. Without a base address links stay
 * root-relative and the host is a reserved `.invalid` name (RFC 2606), so ids never claim a real domain.
 */
export function strategyUrls(site: SiteContent, strategy: StrategyModel): StrategyUrls {
  const prefix = site.path_prefix ?? "/";
  const root = site.base_url ? new URL(prefix, site.base_url) : null;
  const home = root ? new URL(`${strategy.id}/`, root).href : `${prefix}${strategy.id}/`;
  return {
    home,
    host: root?.hostname ?? `${strategy.id}.invalid`,
    absolute: root !== null,
    action: (actionId) => `${home}actions/${encodeURIComponent(actionId)}/`,
    file: (name) => `${home}${name}`,
  };
}
