/** Types for find-browser.js, for the TypeScript tests that launch a browser themselves. */
export declare function findBrowser(): string | undefined;
export declare function requireBrowser(): string;
export declare const BROWSER_ARGS: string[];
