import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { UsageError } from "../errors.ts";
import { newStrategyFiles } from "../scaffold/new-strategy.ts";
import type { Command } from "./command.ts";

export const newCommand: Command = {
  name: "new",
  usage: "strategy-press new <id> [--title text] [--content dir]",
  summary: "Start a new strategy folder with the smallest content that builds.",
  flags: {
    title: { value: true, description: "the strategy's title" },
    content: { value: true, description: "content folder (default content)" },
  },
  async run({ args, flags, output, cwd }) {
    const [id] = args;
    if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new UsageError("give the strategy an id of lower-case words joined by hyphens, e.g. carers-strategy");
    const dir = join(resolve(cwd, typeof flags["content"] === "string" ? flags["content"] : "content"), id);
    if (existsSync(dir)) throw new UsageError(`${relative(cwd, dir)} already exists`);
    const title = typeof flags["title"] === "string" ? flags["title"] : id.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
    for (const [name, text] of Object.entries(newStrategyFiles(id, title))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    output.out(`✓ created ${relative(cwd, dir)}/ — edit its files, then run: strategy-press validate`);
    return 0;
  },
};
