import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.ts";
import { edit, giveContact } from "../helpers/content.ts";
import { CONTENT, scratch } from "../helpers/scratch.ts";
import { startMailServer } from "../helpers/smtp.ts";

const STRATEGY = "derby-mental-health";
let dir: string;

describe("strategy-press remind", () => {
  beforeAll(async () => {
    dir = scratch("sp-remind-");
    cpSync(CONTENT, join(dir, "content"), { recursive: true });
    giveContact(dir, STRATEGY, "Derby City Council", "Claire Hollis", "claire.hollis@derby.example");
    giveContact(
      dir,
      STRATEGY,
      "Southern Derbyshire Clinical Commissioning Group",
      "Priya Sandhu",
      "nobody@ccg.example",
    );
    expect((await cli(["report", "new", STRATEGY], dir)).code).toBe(0);
  });

  it("with --dry-run writes each reminder as an .eml file, and warns of an organisation with no contact", async () => {
    const said = await cli(["remind", STRATEGY, "--dry-run", "--out", "reminders"], dir);
    expect(said.code).toBe(0);
    expect(said.text).toContain(
      "content/derby-mental-health/strategy.yaml:8:1: warning: Derbyshire Healthcare NHS Foundation Trust has not returned for report 2016-03, but has no contact to remind",
    );
    expect(said.text.split("\n").at(-1)).toBe(
      "✓ wrote 2 reminders for derby-mental-health report 2016-03 into reminders",
    );
    const files = readdirSync(join(dir, "reminders")).sort();
    expect(files).toEqual([
      "derby-mental-health-2016-03-derby-city-council.eml",
      "derby-mental-health-2016-03-southern-derbyshire-ccg.eml",
    ]);
    const mail = await simpleParser(readFileSync(join(dir, "reminders", files[0] as string)));
    expect(mail.to && "value" in mail.to ? mail.to.value[0]?.address : null).toBe("claire.hollis@derby.example");
    expect(mail.attachments[0]?.filename).toBe("derby-mental-health-2016-03-derby-city-council.xlsx");
  });

  it("a reminder the server refuses is a diagnostic at its address, the others are still sent, and it exits 3", async () => {
    const server = await startMailServer(["nobody@ccg.example"]);
    try {
      edit(
        dir,
        join("content", "site.yaml"),
        /path_prefix: \/\n(mail:\n( {2}.*\n)*)?/,
        `path_prefix: /\nmail:\n  host: 127.0.0.1\n  port: ${server.port}\n  from: strategy@derby.example\n`,
      );
      const said = await cli(["remind", STRATEGY], dir);
      expect(said.code).toBe(3);
      expect(said.text).toMatch(
        /content\/derby-mental-health\/strategy\.yaml:14:43: error: the reminder to Southern Derbyshire CCG \(nobody@ccg\.example\) was not sent: .*550/,
      );
      expect(said.text).toContain("  Derby City Council: sent to Claire Hollis <claire.hollis@derby.example>");
      expect(said.text).toContain("✗ sent 1 reminder for derby-mental-health report 2016-03; 1 could not be sent");
      expect(said.text.split("\n").at(-1)).toBe(
        "strategy-press: 1 reminder was not sent (listed above); the others were",
      );
      expect(server.received.map((m) => m.subject)).toEqual([
        "Mental health strategy: progress return for report 2016-03",
      ]);
    } finally {
      await server.close();
    }
  });

  it("says what to do when site.yaml names no mail server", async () => {
    const bare = scratch("sp-remind-bare-");
    cpSync(join(dir, "content"), join(bare, "content"), { recursive: true });
    edit(bare, join("content", "site.yaml"), /mail:\n( {2}.*\n)*/, "");
    const said = await cli(["remind", STRATEGY], bare);
    expect(said.code).toBe(1);
    expect(said.text.split("\n")[0]).toBe(
      "strategy-press: site.yaml sets no mail server (mail: { host, from }): add one, or write the reminders with --dry-run --out <dir>",
    );
  });
});
