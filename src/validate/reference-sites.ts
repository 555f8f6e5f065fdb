import type { FileKind } from "../load/content-folder.ts";
import { resolveRef } from "./schema-path.ts";
import { schemaSet, type JsonSchema, type SchemaSet } from "./schemas.ts";
import type { IdKind } from "./strategy-index.ts";

/**
 * A field a schema marks with `x-refers-to`: it names another entry of the strategy by id. The path
 * runs from the file's root, with "*" for each item of a list; the value there is one id or a list.
 */
export interface ReferenceSite {
  path: readonly (string | "*")[];
  field: string;
  kind: IdKind;
  /** What else the author may do instead of naming one, for the hint ("leave `theme` out for …"). */
  or?: string;
  /** The other fields of the same entry that name ids, by the kind they name (`from` and `towards`). */
  siblings: ReadonlyMap<IdKind, string>;
}

type _RefersTo = string | { kind: string; or?: string };

const _cache = new WeakMap<SchemaSet, Map<FileKind, ReferenceSite[]>>();

/** Every field of a kind of file that names another entry, read from its schema once per process. */
export function referenceSites(kind: FileKind, set: SchemaSet = schemaSet()): readonly ReferenceSite[] {
  let byKind = _cache.get(set);
  if (!byKind) _cache.set(set, (byKind = new Map()));
  let sites = byKind.get(kind);
  if (!sites) byKind.set(kind, (sites = _sites(set, set.roots[kind])));
  return sites;
}

function _sites(set: SchemaSet, root: JsonSchema): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  const walk = (
    schema: JsonSchema,
    base: JsonSchema,
    path: (string | "*")[],
    siblings: ReadonlyMap<IdKind, string>,
    depth: number,
  ): void => {
    // The schemas are not recursive; the bound only stops a mistaken one from looping.
    if (depth > 30) return;
    const refersTo = schema["x-refers-to"] as _RefersTo | undefined;
    if (refersTo !== undefined) {
      const { kind, or } = typeof refersTo === "string" ? { kind: refersTo, or: undefined } : refersTo;
      sites.push({ path, field: String(path.at(-1)), kind: kind as IdKind, ...(or ? { or } : {}), siblings });
      return;
    }
    const resolved = resolveRef(set, schema, base);
    const node = resolved.schema;
    if (node.properties) {
      const kinds = new Map<IdKind, string>();
      for (const [key, child] of Object.entries(node.properties)) {
        const refers = child["x-refers-to"] as _RefersTo | undefined;
        if (refers !== undefined) kinds.set((typeof refers === "string" ? refers : refers.kind) as IdKind, key);
      }
      for (const [key, child] of Object.entries(node.properties))
        walk(child, resolved.base, [...path, key], kinds, depth + 1);
    }
    if (node.items) walk(node.items, resolved.base, [...path, "*"], new Map(), depth + 1);
    for (const branch of _branches(node)) {
      walk(branch, resolved.base, path, siblings, depth + 1);
    }
  };
  walk(root, root, [], new Map(), 0);
  // A field reached through two branches of an anyOf is one site.
  const seen = new Set<string>();
  return sites.filter((s) => !seen.has(s.path.join("/")) && Boolean(seen.add(s.path.join("/"))));
}

/** The schemas a value may also have to match: anyOf, oneOf, allOf, then and else. */
function _branches(node: JsonSchema): JsonSchema[] {
  const many = (key: string) => (Array.isArray(node[key]) ? (node[key] as JsonSchema[]) : []);
  const one = (key: string) => (node[key] && typeof node[key] === "object" ? [node[key] as JsonSchema] : []);
  return [...many("anyOf"), ...many("oneOf"), ...many("allOf"), ...one("then"), ...one("else")];
}
