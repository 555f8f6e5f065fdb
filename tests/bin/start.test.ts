import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, scratch } from "../helpers/scratch.ts";

/**
 * A package laid out like ours (bin/start.js, src/, dist/), whose main module says which copy ran:
 * the compiled one in dist/ or the TypeScript source run through tsx.
 */
function fakePackage(): string {
  const root = scratch("sp-start-");
  mkdirSync(join(root, "bin"));
  mkdirSync(join(root, "src"));
  mkdirSync(join(root, "dist", "src"), { recursive: true });
  copyFileSync(join(REPO, "bin", "start.js"), join(root, "bin", "start.js"));
  // tsx is found from the package, as it would be in an installed copy.
  writeFileSync(join(root, "package.json"), '{ "type": "module" }\n');
  spawnSync("ln", ["-s", join(REPO, "node_modules"), join(root, "node_modules")]);
  writeFileSync(
    join(root, "src", "main.ts"),
    'const said: string = "source"; console.log(said, process.argv.slice(2).join(" "));\n',
  );
  writeFileSync(join(root, "dist", "src", "main.js"), 'console.log("compiled", process.argv.slice(2).join(" "));\n');
  return root;
}

const age = (path: string, secondsAgo: number) =>
  utimesSync(path, new Date(Date.now() - secondsAgo * 1000), new Date(Date.now() - secondsAgo * 1000));
const start = (root: string) =>
  spawnSync(process.execPath, [join(root, "bin", "start.js"), "src/main.ts", "validate", "content"], {
    encoding: "utf8",
  }).stdout.trim();

describe("bin/start.js", () => {
  it("runs the compiled JavaScript when it is newer than every source", () => {
    const root = fakePackage();
    age(join(root, "src", "main.ts"), 60);
    expect(start(root)).toBe("compiled validate content");
  });

  it("runs the sources through tsx when a source changed after the last compile", () => {
    const root = fakePackage();
    age(join(root, "dist", "src", "main.js"), 60);
    expect(start(root)).toBe("source validate content");
  });
});
