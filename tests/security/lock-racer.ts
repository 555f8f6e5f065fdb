// A process that takes a lock when told to, for the lock's race test: it notes in a journal when it
// holds the lock and when it lets go, so the test can see whether two ever held it at once.
import { appendFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { withLock } from "../../src/output/lock.ts";

interface Go {
  file: string;
  journal: string;
  holdMs: number;
}

process.on("message", (go: Go) => {
  void withLock(
    go.file,
    async () => {
      appendFileSync(go.journal, `+${process.pid}\n`);
      await sleep(Math.random() * go.holdMs);
      appendFileSync(go.journal, `-${process.pid}\n`);
    },
    { pollMs: 2 },
  ).then(
    () => process.send?.("done"),
    (error: Error) => process.send?.(`failed: ${error.message}`),
  );
});
process.send?.("ready");
