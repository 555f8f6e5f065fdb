import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, sep } from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";
import type { Ajv2020, ValidateFunction } from "ajv/dist/2020.js";
import type { FileKind } from "../load/content-folder.ts";

/**
 * ajv's compiler is loaded only when the schemas must be compiled (no precompiled validators, or a
 * schema edited since): loading it is a large part of a whole `validate`, which needs only the
 * precompiled code.
 */
const _require = createRequire(import.meta.url);
const _ajvModule = () => _require("ajv/dist/2020.js") as { Ajv2020: new (options: object) => Ajv2020 };
// CommonJS modules whose function is their `default` export.
const _standaloneCode = () =>
  (_require("ajv/dist/standalone/index.js") as { default: (ajv: Ajv2020, refs: Record<string, string>) => string })
    .default;
const _addFormats = () => (_require("ajv-formats") as { default: (ajv: Ajv2020) => void }).default;

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

/**
 * A schema's $id: its file name, relative, so an editor resolves it and the $refs beside it from
 * wherever the schema file is, offline, rather than asking a web address.
 */
export function schemaId(kind: FileKind): string {
  return `${kind}.schema.json`;
}

/**
 * Keywords of our own beside JSON Schema's: `x-refers-to` marks a field that names another entry
 * (references.ts checks them all); `patternErrorMessage` is what editors say when a pattern fails;
 * `tsType` is the content type of a value the schema leaves to our own checks (a tolerance's amount).
 */
const OWN_KEYWORDS = ["x-refers-to", "patternErrorMessage", "tsType"];

export const KINDS: readonly FileKind[] = [
  "site",
  "strategy",
  "drivers",
  "theme",
  "plan",
  "actions",
  "reports",
  "risks",
  "measures",
  "easy-read",
];
/** The validators compiled ahead of time by `npm run compile` (see precompile.ts), beside the compiled code. */
export const PRECOMPILED = join(PACKAGE_ROOT, "dist", "validators.cjs");
let _cached: SchemaSet | null = null;

/**
 * Compiles every schema once per process: compiling is the slow part of ajv, much of a whole
 * `validate`. So `npm run compile` also writes the compiled validators out as code, and
 * they are used instead while they were made from exactly these schemas (the same hash); after any
 * edit to a schema they are not, and the schemas are compiled here as before.
 */
export function schemaSet(): SchemaSet {
  if (_cached) return _cached;
  const { schemas, hash } = _readSchemas();
  const byId = new Map(schemas.map((schema) => [schema.$id as string, schema]));
  const rootOf = (kind: FileKind) => byId.get(schemaId(kind)) as JsonSchema;
  const roots = Object.fromEntries(KINDS.map((k) => [k, rootOf(k)])) as Record<FileKind, JsonSchema>;
  const validators = _precompiled(hash) ?? _compiled(_ajv(schemas), roots);
  _cached = { validators, byId, roots };
  return _cached;
}

/** The validators compiled from the schemas now, never read from dist/: what the precompiled ones must agree with. */
export function compileValidators(): Record<FileKind, ValidateFunction> {
  const { schemas } = _readSchemas();
  const ajv = _ajv(schemas);
  return Object.fromEntries(KINDS.map((k) => [k, ajv.getSchema(schemaId(k)) as ValidateFunction])) as Record<
    FileKind,
    ValidateFunction
  >;
}

/** The validators as one CommonJS module (ajv's standalone code), stamped with the schemas' hash. */
export function validatorsSource(): string {
  const { schemas, hash } = _readSchemas();
  const ajv = _ajv(schemas, true);
  const ids = Object.fromEntries(KINDS.map((k) => [k, schemaId(k)]));
  return `${_standaloneCode()(ajv, ids)}\nexports.schemasHash = ${JSON.stringify(hash)};\n`;
}

function _readSchemas(): { schemas: JsonSchema[]; hash: string } {
  const digest = createHash("sha256");
  const schemas = readdirSync(SCHEMA_DIR)
    .filter((n) => n.endsWith(".schema.json"))
    .sort()
    .map((name) => {
      const text = readFileSync(SCHEMA_DIR + name, "utf8");
      digest.update(`${name}\0${text}\0`);
      return JSON.parse(text) as JsonSchema;
    });
  return { schemas, hash: digest.digest("hex") };
}

function _ajv(schemas: readonly JsonSchema[], source = false): Ajv2020 {
  // allErrors: an author fixes every mistake in one pass; verbose: errors carry the failing data.
  const ajv = new (_ajvModule().Ajv2020)({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    code: { source },
  });
  _addFormats()(ajv);
  for (const keyword of OWN_KEYWORDS) ajv.addKeyword(keyword);
  for (const schema of schemas) ajv.addSchema(schema);
  return ajv;
}

function _compiled(ajv: Ajv2020, roots: Record<FileKind, JsonSchema>): Record<FileKind, ValidateFunction> {
  return Object.fromEntries(KINDS.map((k) => [k, ajv.getSchema(roots[k].$id as string) as ValidateFunction])) as Record<
    FileKind,
    ValidateFunction
  >;
}

function _precompiled(hash: string): Record<FileKind, ValidateFunction> | null {
  if (!existsSync(PRECOMPILED)) return null;
  const loaded = _require(PRECOMPILED) as Record<string, unknown>;
  if (loaded["schemasHash"] !== hash || KINDS.some((k) => typeof loaded[k] !== "function")) return null;
  return Object.fromEntries(KINDS.map((k) => [k, loaded[k] as ValidateFunction])) as Record<FileKind, ValidateFunction>;
}
