/**
 * Decode bytes as UTF-8, refusing anything else. Returns the text, or the
 * 1-based line and column of the first byte that is not valid UTF-8.
 */
export type Decoded = { ok: true; text: string } | { ok: false; line: number; column: number };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const bad = firstInvalidByte(bytes);
    // Everything before the bad byte is valid, so it decodes; count lines and characters in it.
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, bad));
    const lineStart = before.lastIndexOf("\n") + 1;
    const line = before.split("\n").length;
    return { ok: false, line, column: [...before.slice(lineStart)].length + 1 };
  }
}

/** Offset of the first byte that breaks UTF-8 (bytes.length if none). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const b1 = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && b1 < 0xa0) ||
      (b === 0xed && b1 > 0x9f) ||
      (b === 0xf0 && b1 < 0x90) ||
      (b === 0xf4 && b1 > 0x8f)
    )
      return i;
    i += need + 1;
  }
  return bytes.length;
}
