import type { LoadedStrategy } from "../load/content-folder.ts";
import type { SourceFile } from "../load/source-file.ts";
import type { ReportContent } from "../model/content.ts";
import { formFor, listed } from "../model/counting.ts";
import { COVER_FIELDS, notStated, paperSettings, type PaperSettingsContent } from "../model/paper-settings.ts";
import { list, record, text } from "./raw.ts";
import { didYouMean } from "./suggest.ts";

/**
 * The board paper's house form against each report: an implication the settings do not list is an
 * error (it would never be printed); whatever a clerk expects that a report does not state — each
 * implication, the author's contact, the sponsor, the sign-off, each cover row the settings
 * declare — is one warning at the report, naming every such field, since the paper reads "Not stated".
 */
export function checkPaper(s: LoadedStrategy, site: SourceFile | null): void {
  const reports = s.reports;
  if (!reports) return;
  const settings = paperSettings(_settings(s.strategy?.data), _settings(site?.data));
  const keys = settings.implications.map((i) => i.key);
  list(record(reports.data)["reports"]).forEach((raw, i) => {
    const report = record(raw);
    for (const key of Object.keys(record(report["implications"]))) {
      if (keys.includes(key)) continue;
      reports.reportAt(
        ["reports", i, "implications", key],
        "error",
        `implication "${key}" is not one the paper settings list`,
        didYouMean(
          key,
          keys,
          `The paper lists: ${keys.join(", ")}. Add it to \`paper: implications\` in site.yaml or strategy.yaml to print it.`,
        ),
        "key",
      );
    }
    // A draft is still being written: what it does not say yet is no mistake until it is approved.
    const missing = report["status"] === "draft" ? [] : notStated(report as unknown as ReportContent, settings);
    if (missing.length) {
      reports.reportAt(
        ["reports", i, "id"],
        "warning",
        `report "${text(report["id"]) ?? i + 1}" does not state its ${listed(missing)}: the paper reads "Not stated" ${formFor(missing.length, "there", "for each")}`,
        "Give them in the report (contact, sponsor, sign_off, wards, access, implications …) once they are known; a clerk will ask for them.",
      );
    }
  });
}

/** The settings as written, only where their shape is one the model can read (the schema reports the rest). */
function _settings(data: unknown): PaperSettingsContent | undefined {
  const paper = record(record(data)["paper"]);
  const cover = list(paper["cover"]);
  const implications = list(paper["implications"]);
  const fieldOk = (row: unknown) =>
    COVER_FIELDS.includes((typeof row === "string" ? row : text(record(row)["field"])) as never);
  const implicationOk = (i: unknown) =>
    typeof i === "string" || (text(record(i)["key"]) !== null && text(record(i)["title"]) !== null);
  return {
    ...(typeof paper["body_size"] === "number" ? { body_size: paper["body_size"] } : {}),
    ...(cover.length && cover.every(fieldOk) ? { cover: cover as PaperSettingsContent["cover"] } : {}),
    ...(Array.isArray(paper["implications"]) && implications.every(implicationOk)
      ? { implications: implications as PaperSettingsContent["implications"] }
      : {}),
  };
}
