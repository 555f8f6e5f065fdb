import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";

/** Where the plugin's own files live, found from this file so the plugin works from any project folder. */
const ROOT = PACKAGE_ROOT;

export const TEMPLATES_DIR = join(ROOT, "templates");
export const PAGES_DIR = join(TEMPLATES_DIR, "pages");
export const ASSETS_DIR = join(TEMPLATES_DIR, "assets");
/** The content schemas, documented on the open data page (the build publishes them at /schemas/). */
export const SCHEMAS_DIR = join(ROOT, "schemas");

/** govuk-frontend's dist folder, resolved as Node would: its `govuk/…/macro.njk` files and compiled CSS. */
export const GOVUK_DIST = join(dirname(createRequire(import.meta.url).resolve("govuk-frontend/package.json")), "dist");
