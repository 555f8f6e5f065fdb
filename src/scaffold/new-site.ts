/**
 * A content folder's site.yaml for a folder that has none yet: the smallest publisher settings
 * that validate, each marked "Replace". `schemaPath` is where the site schema is, seen from the folder.
 */
export function newSiteFile(schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}
title: Replace with the site's title, e.g. the council's strategies
publisher:
  name: Replace with the publishing organisation
# Set base_url to where the site will be hosted, for links in the data and feeds.
path_prefix: /
`;
}
