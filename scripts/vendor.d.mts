/** Types of vendor.mjs, which is plain JavaScript because run.mjs runs it before anything is compiled. */
export declare function vendorBundle(root: string, outDir?: string): Promise<string | undefined>;
