import { consoleOutput, run } from "./cli.ts";

// A reader that stops early (`strategy-press … | head -1`) closes the pipe; what is left unread is not wanted,
// so the command ends quietly with the code it has, rather than as a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await run(process.argv.slice(2), consoleOutput);
