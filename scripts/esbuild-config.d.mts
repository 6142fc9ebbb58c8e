import type { BuildOptions } from 'esbuild';
export declare const ESM_BANNER: string;
export declare const EXTERNAL: string[];
export declare function bundleOptions(overrides?: BuildOptions): BuildOptions;
