/** Types for static-server.js, for the TypeScript tests that serve a folder themselves. */
export interface StaticServer {
  /** http://127.0.0.1:PORT, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}
export declare function startStaticServer(options?: { root?: string }): Promise<StaticServer>;
