import type { SiteContent } from "../../model/index.ts";

/**
 * A page's address on the published site, for the sitemap: `url` is the page's own path (without
 * the path prefix). The prefix is resolved against the base address, so a base that already ends
 * in the prefix is not doubled. Without a base address the path is returned with the prefix.
 */
export function absoluteUrl(url: string, site: SiteContent): string {
  const prefix = site.path_prefix ?? "/";
  const path = url.replace(/^\//, "");
  return site.base_url ? new URL(path, new URL(prefix, site.base_url)).href : `${prefix}${path}`;
}
