// `strategy-press import`, killed the moment the first plan file of its set is renamed into place: the
// renames are watched (node:fs's own, so the command runs unchanged) and the process kills itself.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { run } from "../../src/cli.ts";

const rename = fs.renameSync;
fs.renameSync = (from: fs.PathLike, to: fs.PathLike) => {
  rename(from, to);
  if (String(to).endsWith(".yaml")) process.kill(process.pid, "SIGKILL");
};
syncBuiltinESMExports();
const [cwd = ".", ...args] = process.argv.slice(2);
await run(["import", ...args], { out: () => {}, err: (t) => process.stderr.write(`${t}\n`) }, cwd);
