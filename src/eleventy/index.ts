/** The Strategy Press plugin for Eleventy, for `eleventy.config.js` and for anyone's own Eleventy site. */
export { default as strategyPress, type StrategyPressOptions } from "./plugin.ts";
export { contentPathPrefix } from "./path-prefix.ts";
export { PreviewSession } from "./preview-session.ts";
