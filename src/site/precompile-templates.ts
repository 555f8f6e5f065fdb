/**
 * Writes the site's Nunjucks templates out compiled (`dist/templates.json`), so a build runs them
 * without compiling them first. Part of `npm run compile`; template-store.ts uses a stored template
 * only while its source is unchanged.
 */
import { writeFileSync } from "node:fs";
import { makeTemplateStore } from "./template-sources.ts";
import { TEMPLATE_STORE } from "./template-store.ts";

writeFileSync(TEMPLATE_STORE, JSON.stringify(makeTemplateStore()));
