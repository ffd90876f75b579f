/**
 * An article file as extraction takes it: a regular file of UTF-8 plain text under a size limit.
 * Each way in which a file is not that is one line saying what to do. An HTML page is refused, not
 * stripped: passage locators point into the file itself, which `check` reads again later.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { UserError, fileProblem } from "../errors.ts";

/**
 * The largest article read: a long news story is 50 KB. A text at the limit (79,000 words) takes
 * about 7 s on two cores, nearly all of it compromise's tagging; a 10 MB file is refused before it
 * is read.
 */
export const MAX_BYTES = 512 * 1024;

export function readArticle(path: string, label = path): string {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw new UserError(fileProblem(error), { location: { path: label }, cause: error });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UserError(`${label}: not a regular file`);
    if (stat.size > MAX_BYTES)
      throw new UserError(
        `${label}: ${megabytes(stat.size)} is over the ${MAX_BYTES / 1024} KB limit for an article`,
      );
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return decode(bytes.subarray(0, read), label);
  } finally {
    closeSync(fd);
  }
}

/** The text of an article's bytes, or a UserError for an empty, binary or HTML file. */
export function decode(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new UserError(`${label}: empty file`);
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new UserError(
      `${label}: not a text file (a NUL byte at byte ${nul + 1}): save the article as plain UTF-8 text`,
    );
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${label}: not UTF-8 text: save the article as plain UTF-8 text`);
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  if (!text.trim()) throw new UserError(`${label}: empty file (only spaces and line breaks)`);
  if (looksLikeHtml(text))
    throw new UserError(
      `${label}: an HTML page, not plain text: save the article's text as a .txt file (passages point into the file itself)`,
    );
  return text;
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i.test(head)) return true;
  const tags = text.match(/<\/?(p|div|span|a|br|li|h[1-6]|script|style|meta|img)\b[^>]*>/gi) ?? [];
  return tags.length >= 5;
}

function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
