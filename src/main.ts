import { tmpdir } from "node:os";
import { parse } from "node:path";
import { consoleOutput, run } from "./cli.ts";

const cwd = process.cwd();
// Eleventy 3 cannot work from the file system's root ("/", as a service may be started): its
// TemplatePath.relativePath strips the working folder plus one character, so "/tmp/x.njk" becomes "mp/x.njk",
// no template is found again and the build fails with "entry._pages is not iterable". Work from the temporary
// folder instead; every path given on the command line is still taken from where it was typed.
if (parse(cwd).root === cwd) process.chdir(tmpdir());
process.exitCode = await run(process.argv.slice(2), consoleOutput, cwd);
