import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, sep } from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import standaloneModule from "ajv/dist/standalone/index.js";

// A CommonJS module: seen from ESM its default export is the module, which holds the function as `default` too.
const standaloneCode = (standaloneModule as unknown as { default: (ajv: Ajv2020, refs: Record<string, string>) => string }).default;
import addFormatsModule from "ajv-formats";
import type { FileKind } from "../load/content-folder.ts";

/** The folder holding the JSON Schemas, shipped with the package. */
export const SCHEMA_DIR = join(PACKAGE_ROOT, "schemas") + sep;

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

const KINDS: readonly FileKind[] = ["site", "strategy", "drivers", "theme", "plan", "actions", "reports", "risks", "measures", "easy-read"];
/** The validators compiled ahead of time by `npm run compile` (see precompile.ts), beside the compiled code. */
export const PRECOMPILED = join(PACKAGE_ROOT, "dist", "validators.cjs");
let _cached: SchemaSet | null = null;

/**
 * Compiles every schema once per process: compiling is the slow part of ajv, a third of a whole
 * `validate` of Derby. So `npm run compile` also writes the compiled validators out as code, and
 * they are used instead while they were made from exactly these schemas (the same hash); after any
 * edit to a schema they are not, and the schemas are compiled here as before.
 */
export function schemaSet(): SchemaSet {
  if (_cached) return _cached;
  const { schemas, hash } = _readSchemas();
  const byId = new Map(schemas.map((schema) => [schema.$id as string, schema]));
  const rootOf = (kind: FileKind) => byId.get(`https://strategy-press.org/schemas/${kind}.schema.json`) as JsonSchema;
  const roots = Object.fromEntries(KINDS.map((k) => [k, rootOf(k)])) as Record<FileKind, JsonSchema>;
  const validators = _precompiled(hash) ?? _compiled(_ajv(schemas), roots);
  _cached = { validators, byId, roots };
  return _cached;
}

/** The validators compiled from the schemas now, never read from dist/: what the precompiled ones must agree with. */
export function compileValidators(): Record<FileKind, ValidateFunction> {
  const { schemas } = _readSchemas();
  const ajv = _ajv(schemas);
  return Object.fromEntries(KINDS.map((k) => [k, ajv.getSchema(`https://strategy-press.org/schemas/${k}.schema.json`) as ValidateFunction])) as Record<FileKind, ValidateFunction>;
}

/** The validators as one CommonJS module (ajv's standalone code), stamped with the schemas' hash. */
export function validatorsSource(): string {
  const { schemas, hash } = _readSchemas();
  const ajv = _ajv(schemas, true);
  const ids = Object.fromEntries(KINDS.map((k) => [k, `https://strategy-press.org/schemas/${k}.schema.json`]));
  return `${standaloneCode(ajv, ids)}\nexports.schemasHash = ${JSON.stringify(hash)};\n`;
}

function _readSchemas(): { schemas: JsonSchema[]; hash: string } {
  const digest = createHash("sha256");
  const schemas = readdirSync(SCHEMA_DIR).filter((n) => n.endsWith(".schema.json")).sort().map((name) => {
    const text = readFileSync(SCHEMA_DIR + name, "utf8");
    digest.update(`${name}\0${text}\0`);
    return JSON.parse(text) as JsonSchema;
  });
  return { schemas, hash: digest.digest("hex") };
}

function _ajv(schemas: readonly JsonSchema[], source = false): Ajv2020 {
  // allErrors: an author fixes every mistake in one pass; verbose: errors carry the failing data.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, code: { source } });
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  for (const schema of schemas) ajv.addSchema(schema);
  return ajv;
}

function _compiled(ajv: Ajv2020, roots: Record<FileKind, JsonSchema>): Record<FileKind, ValidateFunction> {
  return Object.fromEntries(KINDS.map((k) => [k, ajv.getSchema(roots[k].$id as string) as ValidateFunction])) as Record<FileKind, ValidateFunction>;
}

function _precompiled(hash: string): Record<FileKind, ValidateFunction> | null {
  if (!existsSync(PRECOMPILED)) return null;
  const loaded = createRequire(import.meta.url)(PRECOMPILED) as Record<string, unknown>;
  if (loaded["schemasHash"] !== hash || KINDS.some((k) => typeof loaded[k] !== "function")) return null;
  return Object.fromEntries(KINDS.map((k) => [k, loaded[k] as ValidateFunction])) as Record<FileKind, ValidateFunction>;
}
