/** How long the preview waits after the last rebuild before writing the board papers and search index. */
export const SETTLE_MS = 1500;

let _timer: NodeJS.Timeout | undefined;
let _running: Promise<void> = Promise.resolve();

/**
 * While previewing, the board papers and the search index are written once edits settle, one
 * run at a time: they take seconds, and running them after every keystroke's rebuild would hold
 * up the pages of the next edit. A newer rebuild replaces a run that has not started yet.
 */
export function papersAfterEdits(write: () => Promise<void>): void {
  clearTimeout(_timer);
  _timer = setTimeout(() => {
    _running = _running.then(write).catch((error: Error) => {
      process.stderr.write(`strategy-press: the board papers or search index were not written: ${error.message}\n`);
    });
  }, SETTLE_MS);
  // A pending run must not keep a finished process alive.
  _timer.unref();
}
