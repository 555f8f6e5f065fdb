import { HORIZON_LABELS, KIND_LABELS, STATUS_LABELS, type Horizon, type Status } from "../../model/index.ts";

/** "At risk" for "at-risk": the words a status is shown in everywhere. */
export function statusLabel(status: Status): string {
  return STATUS_LABELS[status] ?? status;
}

/** "Short term" for "short". */
export function horizonLabel(horizon: Horizon): string {
  return HORIZON_LABELS[horizon] ?? horizon;
}

/** "Commissioning intention" for "commissioning-intention". */
export function kindLabel(kind: keyof typeof KIND_LABELS): string {
  return KIND_LABELS[kind] ?? kind;
}
