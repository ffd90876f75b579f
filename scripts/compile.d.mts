/** Types of compile.mjs, which is plain JavaScript because it runs before anything is compiled. */
export declare const SOURCE_DIRS: string[];
export declare function sourceFiles(root: string): string[];
export declare function rewriteImports(code: string): string;
export declare function compile(root: string, outDir?: string): Promise<string[]>;
