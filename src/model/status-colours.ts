import type { ProgressStatus } from "./status.ts";

/**
 * Each status's colours, the one table the site's stylesheet (generated from it), the status tag and the
 * board paper all read, so a status looks the same everywhere. A light fill with dark text for tags and
 * chips (each pair at least 4.5:1, WCAG AA for small text) and a darker shade for chart bars (at least 3:1
 * against white, for graphics). The word is always shown as well: no status depends on colour.
 * Withdrawn is a neutral grey: it is neither good nor bad news, and is not a RAG colour; so is an action
 * with no progress reported yet, in white, its tag outlined in grey.
 */
export const STATUS_COLOURS: Record<ProgressStatus, { fill: string; text: string; bar: string }> = {
  "not-started": { fill: "#e5e6e7", text: "#282d30", bar: "#505a5f" },
  "on-track": { fill: "#cce2d8", text: "#005a30", bar: "#00703c" },
  "at-risk": { fill: "#fff7bf", text: "#594d00", bar: "#8f6200" },
  "off-track": { fill: "#f4cdc6", text: "#942514", bar: "#c1301c" },
  complete: { fill: "#d2e2f1", text: "#0c2d4a", bar: "#1d70b8" },
  withdrawn: { fill: "#eeefef", text: "#383f43", bar: "#6f777b" },
  "not-reported": { fill: "#ffffff", text: "#0b0c0c", bar: "#767676" },
};
