/** What went wrong with a file, in plain words, from a file-system error (its code), for `path: what is wrong`. */
const REASONS: Record<string, string> = {
  ENOENT: "file not found",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory, not a file",
  ERR_FS_EISDIR: "is a directory, not a file",
  ENOTDIR: "a folder on the path is a file",
  ELOOP: "too many symbolic links (a loop?)",
  ENOSPC: "no space left on the disk",
  EDQUOT: "disk quota exceeded",
  EROFS: "the file system is read-only",
  ENAMETOOLONG: "the name is too long",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  EBUSY: "the file is busy",
  ETXTBSY: "the file is busy",
  EEXIST: "already exists",
  EIO: "input/output error (EIO)",
};

export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}
