import { readdirSync, readFileSync } from "node:fs";
import { listed } from "../model/counting.ts";
import { SCHEMA_DIR, type JsonSchema } from "../validate/schemas.ts";

/**
 * The field tables of docs/content-model.md, written from the schemas' titles and descriptions.
 * A table stands between `<!-- fields: <file>.schema.json[#/$defs/<def>] -->` and `<!-- /fields -->`;
 * everything outside those markers is the docs' own prose.
 */
export function withFieldTables(markdown: string): string {
  const schemas = _schemas();
  return markdown.replace(
    /(<!-- fields: ([^ ]+) -->\n)[\s\S]*?(<!-- \/fields -->)/g,
    (_, open: string, where: string, close: string) => `${open}${fieldTable(where, schemas)}${close}`,
  );
}

type _Schemas = Map<string, JsonSchema>;

/** The table of one object's fields: name, what it holds, and what it is for. */
export function fieldTable(where: string, schemas: _Schemas = _schemas()): string {
  const [file = "", pointer = ""] = where.split("#");
  const schema = _at(schemas, file, pointer);
  const required = new Set((schema["required"] as string[] | undefined) ?? []);
  const rows = Object.entries(schema.properties ?? {}).map(([key, field]) => {
    const resolved = _resolve(schemas, file, field);
    const description = field.description ?? resolved.description ?? "";
    const shape = _shape(schemas, file, field, 0) + (required.has(key) ? ", required" : "");
    return `| \`${key}\` | ${shape} | ${_cell(description)} |`;
  });
  return ["| field | holds | what it is |", "| --- | --- | --- |", ...rows, ""].join("\n");
}

function _schemas(): _Schemas {
  const schemas: _Schemas = new Map();
  for (const name of readdirSync(SCHEMA_DIR).filter((n) => n.endsWith(".schema.json")))
    schemas.set(name, JSON.parse(readFileSync(SCHEMA_DIR + name, "utf8")) as JsonSchema);
  return schemas;
}

function _at(schemas: _Schemas, file: string, pointer: string): JsonSchema {
  const root = schemas.get(file);
  if (!root) throw new Error(`docs/content-model.md names a schema that does not exist: ${file}`);
  return pointer
    .split("/")
    .filter(Boolean)
    .reduce<JsonSchema>((node, key) => (node[key] as JsonSchema | undefined) ?? {}, root);
}

/** The schema a $ref names, or the schema itself. */
function _resolve(schemas: _Schemas, file: string, node: JsonSchema): JsonSchema & { _file?: string } {
  if (!node.$ref) return node;
  const [target = "", pointer = ""] = node.$ref.split("#");
  const inFile = target || file;
  return { ..._at(schemas, inFile, pointer), _file: inFile };
}

const _COMMON: Record<string, string> = {
  id: "id",
  date: "date",
  year: "year",
  markdown: "*markdown*",
  text: "text",
  url: "web address",
  due: "due date",
  person: "`{ name, role? }`",
  link: "`{ title, url? }`",
  textList: "`{ intro?, items: [text] }`",
  word: "word",
};

/** What a field holds, in a few words: text, date, `[theme id]`, `{ likelihood, impact }`, `up` or `down`… */
function _shape(schemas: _Schemas, file: string, node: JsonSchema, depth: number): string {
  const refersTo = node["x-refers-to"] as string | { kind: string } | undefined;
  const kind = typeof refersTo === "string" ? refersTo : refersTo?.kind;
  if (node.$ref) {
    const common = /^common\.schema\.json#\/\$defs\/(\w+)$/.exec(node.$ref)?.[1];
    if (common === "idList") return kind ? `[${kind} id]` : "[id]";
    if (common === "id" && kind) return `${kind} id`;
    if (common && _COMMON[common]) return _COMMON[common];
    const resolved = _resolve(schemas, file, node);
    return _shape(schemas, resolved._file ?? file, resolved, depth);
  }
  if (node.enum)
    return listed(
      (node.enum as unknown[]).map((v) => `\`${String(v)}\``),
      "or",
    );
  if (node["const"] !== undefined) return `\`${String(node["const"])}\``;
  const branches = (node["anyOf"] ?? node["oneOf"]) as JsonSchema[] | undefined;
  if (branches) return branches.map((b) => _shape(schemas, file, b, depth)).join(" or ");
  if (node["then"] && node["else"])
    return `${_shape(schemas, file, node["then"] as JsonSchema, depth)} or ${_shape(schemas, file, node["else"] as JsonSchema, depth)}`;
  if (node.type === "array" && node.items) return `[${_shape(schemas, file, node.items, depth + 1)}]`;
  if (node.type === "object" && node.properties) {
    if (depth > 1) return "`{ … }`";
    const required = new Set((node["required"] as string[] | undefined) ?? []);
    return `\`{ ${Object.keys(node.properties)
      .map((k) => `${k}${required.has(k) ? "" : "?"}`)
      .join(", ")} }\``;
  }
  return _TYPES[String(node.type)] ?? "any";
}

const _TYPES: Record<string, string> = {
  string: "text",
  integer: "whole number",
  number: "number",
  boolean: "`true` or `false`",
  object: "fields",
  array: "list",
};

/** A description as one table cell: no line breaks, no bare pipes. */
function _cell(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}
