import {
  FLAG_LABELS,
  measureCounts,
  measureValueText,
  ON_TRACK_MEANING,
  asAtWords,
  periodEndedWords,
  dueInForceWords,
  numberedTitle,
  type SiteModel,
} from "../model/index.ts";
import { addAssets, addEasyReadPictures, addLogo } from "./assets.ts";
import { compileNunjucksOnce } from "./compile-cache.ts";
import { siteData, type Download } from "./data.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import { absoluteUrl } from "./filters/absolute-url.ts";
import { countChart, measureChart, measuresOfTheme, percentChart, trendChart } from "./filters/charts.ts";
import { longDate } from "./filters/dates.ts";
import {
  averageCoverage,
  averageLabel,
  dueLabel,
  dueWhen,
  percentLabel,
  changeLabel,
  decisionLabel,
  horizonLabel,
  kindLabel,
  purposeLabel,
  reasonLabel,
  reasonsLabel,
  riskRatingLabel,
  riskStatusLabel,
  statusLabel,
  stageLabel,
} from "./filters/labels.ts";
import { markdown } from "./filters/markdown.ts";
import { listAnd, listOr, plural, pluralForm } from "./filters/plural.ts";
import { downloadFactsFilter } from "./filters/download.ts";
import { figureReference, leadIn, withYear } from "./filters/source-text.ts";
import { withIds } from "./filters/with-ids.ts";
import { statusesOf } from "./filters/statuses.ts";
import { addPages } from "./pages.ts";
import { ASSETS_DIR, GOVUK_DIST, PAGES_DIR, TEMPLATES_DIR } from "./paths.ts";
import { addTemplateSearchPaths } from "./search-paths.ts";
import { addStatusCss, ratingStyle } from "./status-css.ts";
import { rememberUrls } from "./url-cache.ts";

export interface StrategyPressSiteOptions {
  /** The one validated model; pages read it and nothing else. */
  model: SiteModel;
  /** The content folder, where the publisher's logo (site.yaml `publisher.logo`) and easy-read pictures are found. */
  contentDir?: string;
  /**
   * While previewing: the model as the content is now, asked for at each build. (Eleventy rebuilds for a
   * file saved during a build without reloading its configuration, so `model` may be out of date.)
   */
  current?: () => SiteModel;
  /** The size and page count of each PDF the build publishes, by its address; links to a PDF say them. */
  downloads?: () => Promise<Record<string, Download>>;
  /**
   * Pages come from Nunjucks as UTF-8 bytes, not strings: half the memory for a large site. Only where
   * every transform takes bytes, as in Strategy Press's own build; a site with transforms of its own leaves it off.
   */
  pagesAsBytes?: boolean;
}

/**
 * The Strategy Press website as an Eleventy plugin: add it to any Eleventy 3 site with
 * `eleventyConfig.addPlugin(strategyPressSite, { model })`.
 */
export default function strategyPressSite(eleventyConfig: EleventyConfig, options: StrategyPressSiteOptions): void {
  // Libraries: our layouts and components, and govuk-frontend's Nunjucks macros.
  addTemplateSearchPaths(eleventyConfig, [TEMPLATES_DIR, GOVUK_DIST]);
  compileNunjucksOnce(eleventyConfig, { bytes: options.pagesAsBytes === true });
  // Components are macros, which see globals but not the page: they name the flags from here. Pages say
  // when a measure is on track in the model's own words.
  eleventyConfig.addNunjucksGlobal("spFlagLabels", FLAG_LABELS);
  eleventyConfig.addNunjucksGlobal("spOnTrackMeaning", ON_TRACK_MEANING);

  // Filters
  eleventyConfig.addFilter("markdown", markdown);
  eleventyConfig.addFilter("longDate", longDate);
  eleventyConfig.addFilter("asAtWords", asAtWords);
  eleventyConfig.addFilter("periodEndedWords", periodEndedWords);
  eleventyConfig.addFilter("statusLabel", statusLabel);
  eleventyConfig.addFilter("numberedTitle", (title: string, ref?: string | null) => numberedTitle(ref, title));
  eleventyConfig.addFilter("stageLabel", stageLabel);
  eleventyConfig.addFilter("horizonLabel", horizonLabel);
  eleventyConfig.addFilter("dueLabel", dueLabel);
  eleventyConfig.addFilter("dueWhen", dueWhen);
  eleventyConfig.addFilter("dueInForce", dueInForceWords);
  eleventyConfig.addFilter("statusesIn", statusesOf);
  eleventyConfig.addFilter("percentLabel", percentLabel);
  eleventyConfig.addFilter("averageLabel", averageLabel);
  eleventyConfig.addFilter("averageCoverage", averageCoverage);
  eleventyConfig.addFilter("kindLabel", kindLabel);
  eleventyConfig.addFilter("changeLabel", changeLabel);
  eleventyConfig.addFilter("reasonLabel", reasonLabel);
  eleventyConfig.addFilter("purposeLabel", purposeLabel);
  eleventyConfig.addFilter("reasonsLabel", reasonsLabel);
  eleventyConfig.addFilter("decisionLabel", decisionLabel);
  eleventyConfig.addFilter("riskRatingLabel", riskRatingLabel);
  eleventyConfig.addFilter("riskStatusLabel", riskStatusLabel);
  eleventyConfig.addFilter("withIds", withIds);
  eleventyConfig.addFilter("plural", plural);
  eleventyConfig.addFilter("pluralForm", pluralForm);
  eleventyConfig.addFilter("listAnd", listAnd);
  eleventyConfig.addFilter("listOr", listOr);
  eleventyConfig.addAsyncFilter("downloadFacts", downloadFactsFilter(options.downloads));
  eleventyConfig.addFilter("leadIn", leadIn);
  eleventyConfig.addFilter("withYear", withYear);
  eleventyConfig.addFilter("figureReference", figureReference);
  eleventyConfig.addFilter("absoluteUrl", absoluteUrl);
  rememberUrls(eleventyConfig);
  eleventyConfig.addFilter("countChart", countChart);
  eleventyConfig.addFilter("percentChart", percentChart);
  eleventyConfig.addFilter("trendChart", trendChart);
  eleventyConfig.addFilter("measureChart", measureChart);
  eleventyConfig.addFilter("measuresOfTheme", measuresOfTheme);
  eleventyConfig.addFilter("measureValue", measureValueText);
  eleventyConfig.addFilter("measureCounts", measureCounts);
  eleventyConfig.addFilter("ratingStyle", ratingStyle);

  // Global data: the model, and the lists the pages paginate over. (The PDFs' facts come by the
  // downloadFacts filter instead, so pages wait for the PDFs only where they link one.)
  const { current } = options;
  eleventyConfig.addGlobalData("strategyPress", current ? () => siteData(current()) : siteData(options.model));

  // Pages (each paginates over the global data) and assets.
  addPages(eleventyConfig, PAGES_DIR);
  addAssets(eleventyConfig, ASSETS_DIR, GOVUK_DIST);
  addStatusCss(eleventyConfig);
  addLogo(eleventyConfig, options.model.site, options.contentDir);
  addEasyReadPictures(eleventyConfig, options.model, options.contentDir);
}

export { strategyPressSite };
