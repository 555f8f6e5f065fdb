import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { FileKind } from "../load/content-folder.ts";

/** The folder holding the JSON Schemas, shipped with the package. */
export const SCHEMA_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));

export type JsonSchema = {
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  $defs?: Record<string, JsonSchema>;
  enum?: unknown[];
  [keyword: string]: unknown;
};

export interface SchemaSet {
  validators: Record<FileKind, ValidateFunction>;
  /** Every schema by its $id, for following $ref when naming a field. */
  byId: Map<string, JsonSchema>;
  roots: Record<FileKind, JsonSchema>;
}

const KINDS: readonly FileKind[] = ["site", "strategy", "drivers", "theme", "plan", "reports", "easy-read"];
let _cached: SchemaSet | null = null;

/** Compiles every schema once per process: compiling is the slow part of ajv. */
export function schemaSet(): SchemaSet {
  if (_cached) return _cached;
  // allErrors: an author fixes every mistake in one pass; verbose: errors carry the failing data.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false });
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  const byId = new Map<string, JsonSchema>();
  for (const name of readdirSync(SCHEMA_DIR).filter((n) => n.endsWith(".schema.json")).sort()) {
    const schema = JSON.parse(readFileSync(SCHEMA_DIR + name, "utf8")) as JsonSchema;
    ajv.addSchema(schema);
    byId.set(schema.$id as string, schema);
  }
  const rootOf = (kind: FileKind) => byId.get(`https://strategy-press.org/schemas/${kind}.schema.json`) as JsonSchema;
  const roots = Object.fromEntries(KINDS.map((k) => [k, rootOf(k)])) as Record<FileKind, JsonSchema>;
  const validators = Object.fromEntries(KINDS.map((k) => [k, ajv.getSchema(roots[k].$id as string) as ValidateFunction])) as Record<FileKind, ValidateFunction>;
  _cached = { validators, byId, roots };
  return _cached;
}
