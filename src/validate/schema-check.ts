import type { ErrorObject } from "ajv";
import type { FileKind } from "../load/content-folder.ts";
import type { DataPath, SourceFile } from "../load/source-file.ts";
import { schemaAt, titleAt } from "./schema-path.ts";
import { schemaSet, type JsonSchema, type SchemaSet } from "./schemas.ts";
import { didYouMean } from "./suggest.ts";
import { unrealDate } from "../model/due.ts";

/** Checks a file against its schema and reports each failure in words, at the value at fault. */
export function checkSchema(file: SourceFile, kind: FileKind): boolean {
  if (file.data === undefined) return false;
  const set = schemaSet();
  const validate = set.validators[kind];
  if (validate(file.data)) return true;
  const root = set.roots[kind];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key) || error.keyword === "if") continue;
    seen.add(key);
    _report(file, set, root, error);
  }
  return false;
}

function _path(pointer: string): (string | number)[] {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function _report(file: SourceFile, set: SchemaSet, root: JsonSchema, error: ErrorObject): void {
  const path = _path(error.instancePath);
  const title = _named(titleAt(set, root, path), _dataAt(file.data, path));
  const schema = schemaAt(set, root, path);
  // Said only by the messages that show the value: a mapping at fault may be the whole file, and showing
  // it for each of its unknown keys made validation grow with the square of their number.
  const shown = () => _show(error.data);
  const at = (message: string, hint?: string, where: DataPath = path, on: "value" | "key" = "value") =>
    file.reportAt(where, "error", message, hint, on);

  switch (error.keyword) {
    case "required": {
      const field = (error.params as { missingProperty: string }).missingProperty;
      const child = schemaAt(set, root, [...path, field]);
      return void at(
        `${title} is missing ${child?.title ?? field} (\`${field}\`)`,
        `Add \`${field}:\`${child?.description ? ` (${_lowerFirst(child.description)})` : ""}.`,
      );
    }
    case "additionalProperties": {
      const field = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(schema?.properties ?? {});
      return void at(
        `\`${field}\` is not a field of ${title}`,
        didYouMean(field, allowed, `The fields allowed here are: ${allowed.join(", ")}.`),
        [...path, field],
        "key",
      );
    }
    case "enum": {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return void at(
        `${title} must be one of ${allowed.join(", ")}; found ${shown()}`,
        didYouMean(String(error.data), allowed, `Use one of: ${allowed.join(", ")}.`),
      );
    }
    case "type":
      return void at(
        `${title} must be ${_typeName((error.params as { type: string }).type)}; found ${_typeOf(error.data)}`,
        _typeHint((error.params as { type: string }).type, error.data),
      );
    case "format":
      return void at(..._formatMessage(title, (error.params as { format: string }).format, error.data));
    case "pattern": {
      // A date or due date of the right shape that names no real day, month or year (2015-02-30, 2017/19).
      const unreal = typeof error.data === "string" ? unrealDate(error.data) : null;
      if (unreal) return void at(`${title} ${shown()} is not a real ${unreal.what}`, unreal.hint);
      const friendly = schema?.["patternErrorMessage"];
      return void at(
        `${title} ${shown()} is not in the expected form`,
        typeof friendly === "string" ? friendly : schema?.description,
      );
    }
    case "minItems":
    case "minLength":
      return void at(`${title} must not be empty`, schema?.description);
    case "minimum":
    case "maximum":
      return void at(
        `${title} must be ${error.keyword === "minimum" ? "at least" : "at most"} ${(error.params as { limit: number }).limit}; found ${shown()}`,
        schema?.description,
      );
    case "maxLength":
      return void at(
        `${title} is too long (at most ${(error.params as { limit: number }).limit} characters)`,
        schema?.description,
      );
    case "uniqueItems": {
      const { j } = error.params as { i: number; j: number };
      return void at(
        `${title} lists ${_show((error.data as unknown[])[j])} more than once`,
        "Remove the repeated entry.",
        [...path, j],
      );
    }
    default:
      return void at(`${title} ${error.message ?? "is not valid"}`, schema?.description);
  }
}

/** Names a list item by its id where it has one: "Action \"a02-stigma\"" says which of sixteen. */
function _named(title: string, data: unknown): string {
  const id = data !== null && typeof data === "object" ? (data as Record<string, unknown>)["id"] : undefined;
  return typeof id === "string" ? `${title} "${id}"` : title;
}

function _dataAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[key] : undefined,
    data,
  );
}

function _formatMessage(title: string, format: string, data: unknown): [string, string] {
  if (format === "date") {
    const looksRight = typeof data === "string" && /^\d{4}-\d{2}-\d{2}$/.test(data);
    return looksRight
      ? [`${title} ${_show(data)} is not a real date`, "Check the day exists in that month (30 days hath September…)."]
      : [
          `${title} must be a date written YYYY-MM-DD; found ${_show(data)}`,
          "Write the date as YYYY-MM-DD, e.g. 2015-03-19.",
        ];
  }
  if (format === "email") return [`${title} ${_show(data)} is not an email address`, "Write it as name@example.org."];
  return [`${title} ${_show(data)} is not a valid ${format}`, `Write a valid ${format}.`];
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  integer: "a whole number",
  number: "a number",
  array: "a list",
  object: "a mapping of fields (name: value)",
  boolean: "true or false",
};

function _typeName(type: string): string {
  return type
    .split(",")
    .map((t) => TYPE_NAMES[t] ?? t)
    .join(" or ");
}

function _typeOf(data: unknown): string {
  if (data === null) return "nothing (an empty value)";
  if (Array.isArray(data)) return "a list";
  if (typeof data === "object") return "a mapping";
  if (typeof data === "string") return `text ${_show(data)}`;
  return `${_show(data)}`;
}

function _typeHint(type: string, data: unknown): string {
  if (data === null) return "Give it a value, or remove the field.";
  if (type === "string" && (typeof data === "number" || typeof data === "boolean"))
    return `Put the value in quotes: "${String(data)}".`;
  if (type === "array")
    return "Write it as a list: each item on its own line starting with `- `, or in brackets [a, b].";
  if (type === "object") return "Write it as indented `name: value` lines under the field.";
  return `Write ${_typeName(type)} here.`;
}

function _show(value: unknown): string {
  const text =
    typeof value === "string"
      ? `"${value.slice(0, 60)}"`
      : value !== null && typeof value === "object"
        ? _shortJson(value)
        : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The start of a list or mapping as JSON, from its first few entries only: a big one is shown cut short anyway. */
function _shortJson(value: object): string {
  const entries = Array.isArray(value) ? value.slice(0, 8) : Object.fromEntries(Object.entries(value).slice(0, 8));
  const text = JSON.stringify(entries, (_, v: unknown) =>
    typeof v === "string" && v.length > 60 ? v.slice(0, 60) : v,
  );
  const more = Array.isArray(value) ? value.length > 8 : Object.keys(value).length > 8;
  return more ? `${text.slice(0, -1)},…${text.slice(-1)}` : text;
}

function _lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
