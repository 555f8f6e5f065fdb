import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { csvRows } from "../data/csv.ts";
import {
  actionsToReturn,
  allLeadOrganisations,
  leadOrganisations,
  listed,
  scaleOf,
  statusChoices,
  statusInSentence,
  STATUS_LABELS,
  STAGE_LABELS,
  STAGES,
  type Action,
  type Report,
  type StrategyModel,
} from "../model/index.ts";
import {
  INSTRUCTIONS,
  PREAMBLE,
  STAGE_INSTRUCTION,
  columnNumber,
  columnsFor,
  inWords,
  type ReturnWords,
} from "./layout.ts";
import { fillMeasureSheet, measureGrid, measureLeads, measuresToReturn, MEASURES_SHEET } from "./measures-sheet.ts";

type Cell = string | number;

/** One lead organisation's return: the same grid as a spreadsheet and as CSV. */
export interface LeadReturn {
  organisation: string;
  /** The file name without its extension: `<strategy>-<report>-<organisation>`, distinct for each organisation. */
  name: string;
  actions: number;
  /** How many outcome measures its second sheet asks for values of. */
  measures: number;
  xlsx: Uint8Array;
  csv: string;
  /** The measures sheet as CSV (`<name>-measures.csv`), when it reports any measure. */
  measuresCsv: string | null;
}

/** Where the table's header row is; rows of actions follow it. */
export const HEADER_ROW = 8;

/**
 * The returns for one report: one per lead organisation, listing every action it leads that was
 * still open when the report's period began (an action closed before then has nothing to report).
 */
export async function leadReturns(strategy: StrategyModel, report: Report): Promise<LeadReturn[]> {
  const open = actionsToReturn(strategy.actions, report);
  // Every organisation that leads an open action or reports a measure: each has something to return.
  const organisations = [...new Set([...allLeadOrganisations(open), ...measureLeads(report)])];
  const names = returnNames(strategy.id, report.id, organisations);
  return Promise.all(
    organisations.map(async (organisation, i) => {
      const actions = open.filter((a) => leadOrganisations(a).includes(organisation));
      const grid = _grid(strategy, report, organisation, actions);
      const choices = statusChoices(scaleOf(strategy)).map((c) => c.word);
      const measures = measuresToReturn(report, organisation);
      const measuresGrid = measures.length ? measureGrid(strategy, report, organisation, measures) : null;
      return {
        organisation,
        name: names[i] as string,
        actions: actions.length,
        measures: measures.length,
        xlsx: await _xlsx(grid, report, choices, measuresGrid, scaleOf(strategy).stages),
        csv: csvRows(grid),
        measuresCsv: measuresGrid ? csvRows(measuresGrid) : null,
      };
    }),
  );
}

function _grid(strategy: StrategyModel, report: Report, organisation: string, actions: readonly Action[]): Cell[][] {
  const stages = scaleOf(strategy).stages;
  const columns = columnsFor(stages);
  const words = _returnWords(strategy);
  const instructions = inWords(INSTRUCTIONS, words);
  const preamble: Cell[][] = [
    [PREAMBLE.title, strategy.meta.title],
    [PREAMBLE.strategy, strategy.id],
    [PREAMBLE.report, report.id, report.title],
    [PREAMBLE.period, report.period.start, report.period.end],
    [PREAMBLE.organisation, organisation],
    [PREAMBLE.instructions, stages ? `${instructions} ${inWords(STAGE_INSTRUCTION, words)}` : instructions],
    [],
  ];
  // A status in the words the lead chooses from: the strategy's own, where it rates on a scale of its own.
  const word = new Map(statusChoices(scaleOf(strategy)).map((c) => [c.status, c.word]));
  const rows = actions.map((a): Cell[] => {
    const progress = report.progress[a.id];
    return [
      a.id,
      a.number,
      a.title,
      (report.dues?.[a.id] ?? a.dueAt).due,
      progress && progress.status !== "not-reported" ? (word.get(progress.status) ?? "") : "",
      progress?.percent ?? "",
      progress?.latest?.note ?? "",
      ...columns.filter((c) => c.input).map(() => ""),
    ];
  });
  return [...preamble, columns.map((c) => inWords(c.header, words)), ...rows];
}

/** The strategy's words for a return: its word for an action, the body its reports go to, its words for at risk and off track. */
function _returnWords(strategy: StrategyModel): ReturnWords {
  const scale = scaleOf(strategy);
  const [atRisk, offTrack] = [statusInSentence(scale, "at-risk"), statusInSentence(scale, "off-track")];
  const own =
    atRisk !== STATUS_LABELS["at-risk"].toLowerCase() || offTrack !== STATUS_LABELS["off-track"].toLowerCase();
  const troubled = listed([atRisk, offTrack], "or");
  return {
    body: strategy.words.body,
    action: strategy.words.action.singular,
    actionInSentence: strategy.words.action.lower,
    troubled: own ? `rated ${troubled}` : troubled,
  };
}

/** The spreadsheet: the inputs shaded and unlocked, everything else locked by sheet protection. */
async function _xlsx(
  grid: readonly Cell[][],
  report: Report,
  choices: readonly string[],
  measuresGrid: readonly Cell[][] | null,
  stages: boolean,
): Promise<Uint8Array> {
  const columns = columnsFor(stages);
  const workbook = new ExcelJS.Workbook();
  // Dated from the content, not the clock, so the same content writes the same workbook contents.
  workbook.created = workbook.modified = new Date(`${report.period.end}T00:00:00Z`);
  const sheet = workbook.addWorksheet("Return", { views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 3 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  for (const row of grid) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(HEADER_ROW).font = { bold: true };
  sheet.getRow(HEADER_ROW).alignment = { wrapText: true, vertical: "top" };

  const last = grid.length;
  for (let r = HEADER_ROW + 1; r <= last; r++) {
    const row = sheet.getRow(r);
    row.alignment = { wrapText: true, vertical: "top" };
    columns.forEach((column, i) => {
      if (!column.input) return;
      const cell = row.getCell(i + 1);
      cell.protection = { locked: false };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
      // A date typed in shows as the content writes dates; the reader takes dates as dates or as text.
      if (column.key === "date" || column.key === "revisedDue") cell.numFmt = "yyyy-mm-dd";
    });
    row.getCell(columnNumber("newStatus")).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${choices.join(",")}"`],
      showErrorMessage: true,
      errorTitle: "Status",
      error: `Choose one of: ${choices.join(", ")}`,
    };
    row.getCell(columnNumber("newPercent")).dataValidation = {
      type: "whole",
      operator: "between",
      allowBlank: true,
      formulae: [0, 100],
      showErrorMessage: true,
      errorTitle: "Percent complete",
      error: "A whole number from 0 to 100",
    };
    if (stages) row.getCell(columnNumber("stage")).dataValidation = _STAGE_LIST;
  }
  // Locked cells stay selectable so a lead can copy from them; nothing else but the inputs changes.
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  if (measuresGrid)
    await fillMeasureSheet(
      workbook.addWorksheet(MEASURES_SHEET, { views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 3 }] }),
      measuresGrid,
      HEADER_ROW,
    );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The stages a lead chooses from, in words. */
const STAGE_WORDS = STAGES.map((s) => STAGE_LABELS[s]);
const _STAGE_LIST: ExcelJS.DataValidation = {
  type: "list",
  allowBlank: true,
  formulae: [`"${STAGE_WORDS.join(",")}"`],
  showErrorMessage: true,
  errorTitle: "Stage of the work",
  error: `Choose one of: ${STAGE_WORDS.join(", ")}`,
};

/** The longest an organisation's part of a file name may be: file systems allow 255 bytes for the whole name. */
const MAX_SLUG = 60;

/**
 * Each organisation's file name, one per organisation: `<strategy>-<report>-<slug>`. Where two slugs would
 * be the same on a case-blind file system ("Derby City Council", "Derby city council"), or a long name
 * was cut short, the slug is followed by a short hash of the name as written, so no return replaces another.
 */
export function returnNames(strategyId: string, reportId: string, organisations: readonly string[]): string[] {
  const slugs = organisations.map(_slug);
  const count = new Map<string, number>();
  for (const { slug } of slugs) count.set(slug, (count.get(slug) ?? 0) + 1);
  return organisations.map((organisation, i) => {
    const { slug, cut } = slugs[i] as { slug: string; cut: boolean };
    const unique = cut || (count.get(slug) ?? 0) > 1 ? `${slug}-${_hash(organisation)}` : slug;
    return `${strategyId}-${reportId}-${unique}`.slice(0, 200);
  });
}

function _slug(text: string): { slug: string; cut: boolean } {
  const whole =
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "lead";
  if (whole.length <= MAX_SLUG) return { slug: whole, cut: false };
  return { slug: whole.slice(0, MAX_SLUG).replace(/-+$/, ""), cut: true };
}

function _hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}
