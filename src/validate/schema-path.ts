import type { DataPath } from "../load/source-file.ts";
import type { JsonSchema, SchemaSet } from "./schemas.ts";

/**
 * The schema that describes the value at a data path, walking properties and items and following
 * $ref. The title and description written beside a $ref win over the referenced schema's own,
 * so "Start date" is used rather than the shared "Date".
 */
export function schemaAt(set: SchemaSet, root: JsonSchema, path: DataPath): JsonSchema | null {
  let current: { schema: JsonSchema; base: JsonSchema } | null = { schema: root, base: root };
  for (const segment of path) {
    if (!current) return null;
    const resolved = resolveRef(set, current.schema, current.base);
    const next = typeof segment === "number" ? resolved.schema.items : resolved.schema.properties?.[segment];
    current = next ? { schema: next, base: resolved.base } : null;
  }
  if (!current) return null;
  const resolved = resolveRef(set, current.schema, current.base).schema;
  return {
    ...resolved,
    title: current.schema.title ?? resolved.title,
    description: current.schema.description ?? resolved.description,
  };
}

/** Follows $ref chains to the schema they name; `base` is the file the ref is relative to. */
export function resolveRef(
  set: SchemaSet,
  schema: JsonSchema,
  base: JsonSchema,
): { schema: JsonSchema; base: JsonSchema } {
  let s = schema;
  let b = base;
  for (let hops = 0; s.$ref && hops < 10; hops++) {
    const [file, pointer = ""] = s.$ref.split("#");
    // Every schema's $id is its file name, and they sit side by side.
    if (file) b = set.byId.get(file.split("/").at(-1) ?? file) ?? b;
    s = pointer
      .split("/")
      .filter(Boolean)
      .reduce<JsonSchema>((node, key) => (node[key] as JsonSchema) ?? {}, b);
  }
  return { schema: s, base: b };
}

/** A person's name for a field: its schema title, else its key. */
export function titleAt(set: SchemaSet, root: JsonSchema, path: DataPath): string {
  return schemaAt(set, root, path)?.title ?? String(path.at(-1) ?? "The file");
}
