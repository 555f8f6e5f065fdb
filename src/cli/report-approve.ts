import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { strategyUrls } from "../data/urls.ts";
import { EDITION_FORMATS } from "../editions/formats.ts";
import { sha256 } from "../editions/stored.ts";
import { ContentGapError, UsageError } from "../errors.ts";
import { unknownReport } from "./find.ts";
import { factsFile } from "../load/editions.ts";
import { readClock } from "../clock.ts";
import { clockDay } from "../model/clock.ts";
import { DEFAULT_TIME_ZONE } from "../model/dates.ts";
import { editionFacts } from "../model/edition.ts";
import { buildSite, withoutDrafts, type StrategyFiles } from "../model/index.ts";
import { writeFileAtomically } from "../output/write-file.ts";
import { approveReport } from "../update/approve-report.ts";
import { editStrategyFile } from "../update/edit-file.ts";
import { isoDate } from "../validate/raw.ts";
import type { CommandContext } from "./command.ts";
import { stringFlag } from "./flag-values.ts";

export const APPROVE_FLAGS = ["by", "date"] as const;

/**
 * `report approve <strategy> <report> --by "Name"`: records who approved the report and when, and
 * stores its edition in every format (editions/<id>.pdf, …) with its SHA-256, and the facts it was
 * made from beside it. From then on a build publishes the stored edition byte for byte, and `validate`
 * warns of any edit that would change what the report says.
 */
export async function reportApprove({ args, flags, output, cwd }: CommandContext): Promise<number> {
  const [strategyId, reportId, ...extra] = args;
  if (!strategyId || !reportId || extra.length)
    throw new UsageError("report approve takes a strategy id and a report id");
  const by = stringFlag(flags["by"])?.trim();
  if (!by)
    throw new UsageError('--by is required: the name of the person approving the report, e.g. --by "Claire Hollis"');
  const dateFlag = stringFlag(flags["date"]);
  if (dateFlag !== undefined && !isoDate(dateFlag))
    throw new UsageError(`--date must be a date written YYYY-MM-DD, not "${dateFlag}"`);
  const contentDir = resolve(cwd, stringFlag(flags["content"]) ?? "content");
  const folder = join(contentDir, strategyId);
  const stored = await editStrategyFile(
    contentDir,
    strategyId,
    "reports",
    cwd,
    async ({ loaded, strategy: read, content, file }) => {
      const report = content.reports.reports.find((r) => r.id === reportId);
      if (!report)
        throw unknownReport(
          strategyId,
          reportId,
          content.reports.reports.map((r) => r.id),
        );
      if (report.approved)
        throw new UsageError(
          `report ${reportId} was approved on ${report.approved.date} by ${report.approved.by}: its edition is stored and never changes (record a correction instead)`,
        );
      if (!report.recommendations?.length)
        throw new ContentGapError(
          `report ${reportId} has no recommendations yet: write what the board is asked to do in reports.yaml before approving it`,
        );
      const clock = readClock();
      const date = dateFlag ?? clockDay(clock, content.strategy.time_zone ?? DEFAULT_TIME_ZONE);
      // The edition is the paper a published build would make of the report once approved.
      const approved: StrategyFiles = withoutDrafts({
        ...content,
        reports: {
          ...content.reports,
          reports: content.reports.reports.map((r) => (r === report ? { ...r, status: "approved" as const } : r)),
        },
      });
      const site = buildSite(loaded.site?.data as Parameters<typeof buildSite>[0], [approved], clock);
      const strategy = site.strategies[0];
      if (!strategy) throw new UsageError(`there is no strategy "${strategyId}"`);
      const files = await Promise.all(
        EDITION_FORMATS.map(async (f) => ({
          file: `editions/${reportId}.${f.ext}`,
          bytes: await f.render(strategy, reportId, { siteHome: strategyUrls(site.site, strategy).home }),
        })),
      );
      const editions = files.map((f) => ({ file: f.file, sha256: sha256(f.bytes) }));
      // The check after the edit sees the editions about to be stored (this run's own reading of the folder).
      read.editions = {
        files: [...(read.editions?.files ?? []).filter((f) => !editions.some((e) => e.file === f.file)), ...editions],
        facts: new Map(),
      };
      const facts = new TextEncoder().encode(`${JSON.stringify(editionFacts(approved, reportId), null, 1)}\n`);
      return {
        text: approveReport(file, reportId, { by, date, editions }),
        result: { date, files: files.map((f) => ({ file: f.file, size: f.bytes.length })), reports: file.path },
        before: () => {
          for (const f of [...files, { file: factsFile(reportId), bytes: facts }]) {
            mkdirSync(dirname(join(folder, f.file)), { recursive: true });
            writeFileAtomically(join(folder, f.file), f.bytes);
          }
        },
      };
    },
    "The report was not approved",
  );
  output.out(`✓ report ${reportId} approved by ${by} on ${stored.date} — recorded in ${stored.reports}`);
  for (const f of stored.files)
    output.out(
      `  stored ${join(strategyId, f.file)} (${Math.round(f.size / 1024)} KB): every build publishes it as it is now, byte for byte`,
    );
  return 0;
}
