// The part of wawoff2 (Google's woff2 in WebAssembly) the tests use to decode our WOFF2; the package ships no types.
declare module "wawoff2" {
  export function compress(font: Uint8Array): Promise<Uint8Array>;
  export function decompress(font: Uint8Array): Promise<Uint8Array>;
}
