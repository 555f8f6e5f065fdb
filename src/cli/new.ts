import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.ts";
import { newSiteFile } from "../scaffold/new-site.ts";
import { newStrategyFiles } from "../scaffold/new-strategy.ts";
import { SCHEMAS_DIR } from "../site/paths.ts";
import type { Command } from "./command.ts";

export const newCommand: Command = {
  name: "new",
  usage: "strategy-press new <id> [--title text] [--content dir]",
  summary: "Start a new strategy folder with the smallest content that builds.",
  example: 'strategy-press new carers-strategy --title "Carers strategy 2026 to 2031"',
  flags: {
    title: { value: true, description: "the strategy's title", default: "the id in words" },
    content: {
      value: true,
      description: "content folder to add it to; a site.yaml is written there when it has none",
      default: "content",
    },
  },
  async run({ args, flags, output, cwd }) {
    const [id] = args;
    if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
      throw new UsageError("give the strategy an id of lower-case words joined by hyphens, e.g. carers-strategy");
    const contentDir = resolve(cwd, typeof flags["content"] === "string" ? flags["content"] : "content");
    const dir = join(contentDir, id);
    if (existsSync(dir)) throw new UsageError(`${relative(cwd, dir)} already exists`);
    const title =
      typeof flags["title"] === "string" ? flags["title"] : id.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
    const schemas = relative(dir, SCHEMAS_DIR).split(sep).join("/");
    for (const [name, text] of Object.entries(newStrategyFiles(id, title, schemas))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    // Without a site.yaml the new folder could not validate: start one beside it.
    const siteFile = join(contentDir, "site.yaml");
    if (!existsSync(siteFile)) {
      writeFileSync(
        siteFile,
        newSiteFile(relative(contentDir, join(SCHEMAS_DIR, "site.schema.json")).split(sep).join("/")),
      );
      output.out(`✓ created ${relative(cwd, siteFile)} — name the publisher in it`);
    }
    output.out(
      `✓ created ${relative(cwd, dir)}/ — edit its files, then run: strategy-press validate${contentDir === resolve(cwd, "content") ? "" : ` ${relative(cwd, contentDir) || "."}`}`,
    );
    return 0;
  },
};
