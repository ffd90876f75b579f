/** Types of compile.mjs, which is plain JavaScript because it runs before anything is compiled. */
export declare const SOURCE_DIRS: string[];
export declare function sourceFiles(root: string): string[];
export declare function rewriteImports(code: string): string;
export declare function compile(root: string, outDir?: string): Promise<string[]>;
export interface CompileProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}
export declare class CompileError extends Error {
  problems: CompileProblem[];
  constructor(problems: CompileProblem[]);
  lines(): string[];
}
export declare function transformFile(
  root: string,
  file: string,
  sourcefile?: string,
): Promise<{ code: string; problems?: undefined } | { code?: undefined; problems: CompileProblem[] }>;
