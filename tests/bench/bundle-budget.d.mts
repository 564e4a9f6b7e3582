/** Types for `bundle-budget.mjs` (plain JavaScript so CI runs it with bare Node). */
export declare const BUDGETS_KB: Record<string, number>;
export declare function measure(): Record<string, { raw: number; gzip: number; files: string[] }>;
