import { readdirSync, watch, type FSWatcher } from "node:fs";
import { join } from "node:path";

/**
 * Watches every folder under `roots` for changes, calling `onChange` for each. Folders are watched, never
 * files: an editor that saves by writing a new file and renaming it over the old one (most do, and `sed -i`)
 * replaces the file's inode, and a watch on the old file would never fire again. Folders made later are
 * watched too. Returns a function that stops watching.
 */
export function watchFolders(roots: readonly string[], onChange: () => void): () => void {
  const watchers = new Map<string, FSWatcher>();
  const sync = () => {
    const now = new Set(roots.flatMap(_foldersUnder));
    for (const [dir, watcher] of watchers) {
      if (now.has(dir)) continue;
      watcher.close();
      watchers.delete(dir);
    }
    for (const dir of now) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, () => {
          sync();
          onChange();
        });
        // A folder removed while watched reports an error: the next sync forgets it.
        watcher.on("error", () => {
          watcher.close();
          watchers.delete(dir);
        });
        watchers.set(dir, watcher);
      } catch {
        // Gone before it could be watched.
      }
    }
  };
  sync();
  return () => {
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}

function _foldersUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return [dir, ...entries.filter((e) => e.isDirectory() && !e.name.startsWith(".")).flatMap((e) => _foldersUnder(join(dir, e.name)))];
}
