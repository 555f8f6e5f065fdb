/** A Node.js system error (EACCES, ENOSPC, …): thrown by the file system and the network, never by our code. */
export interface SystemError extends Error {
  code: string;
  syscall?: string;
  path?: string;
  port?: number;
}

/** What each system error means, in words a user can act on. */
const _MEANINGS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "the operation is not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EMFILE: "too many files are open",
  ENFILE: "too many files are open",
  EADDRINUSE: "the port is already in use",
  EADDRNOTAVAIL: "the address is not available on this computer",
  EBUSY: "the file or folder is in use",
  EIO: "the disk could not be read or written",
  ENAMETOOLONG: "the file name is too long",
  ELOOP: "it is a symbolic link that points back to itself",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder, not a file",
  ENOENT: "it does not exist",
  EEXIST: "it already exists",
  ENOTEMPTY: "the folder is not empty",
  EXDEV: "it is on another disk",
};

export function isSystemError(error: unknown): error is SystemError {
  return (
    error instanceof Error &&
    typeof (error as SystemError).code === "string" &&
    (error as SystemError).code in _MEANINGS
  );
}

/** "could not open /srv/site/index.html: permission denied (EACCES)". */
export function describeSystemError(error: SystemError): string {
  const meaning = _MEANINGS[error.code] ?? error.message;
  const what =
    error.code === "EADDRINUSE" || error.code === "EADDRNOTAVAIL"
      ? `port ${error.port ?? "?"}`
      : (error.path ?? "a file");
  return `could not ${_verb(error.syscall)} ${what}: ${meaning} (${error.code})`;
}

function _verb(syscall: string | undefined): string {
  switch (syscall) {
    case "open":
    case "read":
      return "open";
    case "write":
    case "copyfile":
      return "write";
    case "mkdir":
      return "create the folder";
    case "rename":
      return "move";
    case "rmdir":
    case "unlink":
    case "rm":
      return "remove";
    case "listen":
      return "listen on";
    case "scandir":
      return "list the folder";
    default:
      return "use";
  }
}
