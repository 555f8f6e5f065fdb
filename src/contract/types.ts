import { readdirSync, readFileSync } from "node:fs";
import { SCHEMA_DIR, type JsonSchema } from "../validate/schemas.ts";

/**
 * The content types, written from the schemas by json-schema-to-typescript: the schemas are the one
 * statement of what a content file holds, and src/model/content-types.ts is what they say in
 * TypeScript. Each file's root and each of its $defs is a named type (`PlanContent`,
 * `ActionContent`); everything else is written in place, with its description as a comment.
 */
export async function contentTypesSource(): Promise<string> {
  const { compile } = await import("json-schema-to-typescript");
  const combined = _combined();
  const source = await compile(combined as Parameters<typeof compile>[0], "ContentFiles", {
    additionalProperties: false,
    bannerComment: BANNER,
    declareExternallyReferenced: true,
    enableConstEnums: false,
    format: true,
    ignoreMinAndMaxItems: true,
    strictIndexSignatures: true,
    style: { printWidth: 120, singleQuote: false, trailingComma: "all" },
    unknownAny: true,
    unreachableDefinitions: false,
    customName: (schema) => (typeof schema["x-type-name"] === "string" ? schema["x-type-name"] : undefined),
  });
  // The writer says where each def came from; the schemas say it better.
  return source.replace(
    /\n \*\n \* This interface was referenced by `ContentFiles`'s JSON-Schema\n \* via the `definition` "[^"]+"\.\n/g,
    "\n",
  );
}

const BANNER = `/* Written by \`npm run compile\` from schemas/*.schema.json: edit the schemas, not this file. */
/* eslint-disable */`;

type _Schemas = Map<string, JsonSchema>;

/** Every schema file as one schema: each file's root and named $defs become $defs named `<file>.<def>`. */
function _combined(): JsonSchema {
  const schemas: _Schemas = new Map();
  for (const name of readdirSync(SCHEMA_DIR)
    .filter((n) => n.endsWith(".schema.json"))
    .sort()) {
    schemas.set(name.replace(/\.schema\.json$/, ""), JSON.parse(readFileSync(SCHEMA_DIR + name, "utf8")) as JsonSchema);
  }
  const $defs: Record<string, JsonSchema> = {};
  const properties: Record<string, JsonSchema> = {};
  for (const [kind, schema] of schemas) {
    const { $defs: defs = {}, $schema: _, $id: __, ...root } = schema;
    if (root.type) {
      $defs[kind] = { ..._forTypes(root, kind, schemas), "x-type-name": `${_pascal(kind)}Content` };
      properties[kind] = { $ref: `#/$defs/${kind}` };
    }
    for (const [def, body] of Object.entries(defs)) {
      if (_named(body))
        $defs[`${kind}.${def}`] = { ..._forTypes(body, kind, schemas), "x-type-name": _defName(kind, def) };
    }
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "object",
    properties,
    additionalProperties: false,
    $defs,
  };
}

/** A def worth a name of its own: an object, or a choice of shapes; a plain string or number is written in place. */
function _named(body: JsonSchema): boolean {
  return body.type === "object" || Boolean(body["anyOf"] || body["else"]);
}

/** The def a $ref names, and the file it is in: `common.schema.json#/$defs/id` from plan.schema.json. */
function _target(ref: string, kind: string, schemas: _Schemas): { kind: string; def: string; body: JsonSchema } {
  const [file, pointer = ""] = ref.split("#");
  const from = file ? file.replace(/\.schema\.json$/, "") : kind;
  const def = pointer.replace(/^\/\$defs\//, "");
  const body = (schemas.get(from)?.$defs?.[def] ?? {}) as JsonSchema;
  return { kind: from, def, body };
}

/**
 * A schema as the type writer should see it: titles dropped (they are words for people, and the
 * writer would make a type of each), a ref to a named def made local, a ref to a plain string or
 * number written in place with the description beside it, and "this if text, else that" given as either.
 */
function _forTypes(node: unknown, kind: string, schemas: _Schemas): JsonSchema {
  if (Array.isArray(node)) return node.map((n) => _forTypes(n, kind, schemas)) as unknown as JsonSchema;
  if (node === null || typeof node !== "object") return node as JsonSchema;
  const n = node as JsonSchema;
  if (typeof n.$ref === "string") {
    const target = _target(n.$ref, kind, schemas);
    if (_named(target.body)) return { $ref: `#/$defs/${target.kind}.${target.def}` };
    const inlined = _forTypes(target.body, target.kind, schemas);
    return n.description ? { ...inlined, description: n.description } : inlined;
  }
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(n)) {
    if (key === "title" || key === "examples" || key === "if" || key === "then" || key === "else") continue;
    if (key === "properties")
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([k, v]) => [k, _forTypes(v, kind, schemas)]),
      );
    else out[key] = _forTypes(value, kind, schemas);
  }
  if (n["then"] && n["else"]) out["anyOf"] = [_forTypes(n["then"], kind, schemas), _forTypes(n["else"], kind, schemas)];
  return out;
}

/** A def's type name: plan's `action` is ActionContent; common's `link` is Link. */
function _defName(kind: string, def: string): string {
  return kind === "common" ? _pascal(def) : `${_pascal(def)}Content`;
}

function _pascal(text: string): string {
  return text.replace(/(^|[-_.])([a-z])/g, (_, __, c: string) => c.toUpperCase());
}
