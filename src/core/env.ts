/** True where there is no DOM (server rendering, plain Node). */
export const isServer = typeof window === "undefined" || typeof document === "undefined";

/** True unless the bundler set NODE_ENV to production; development-only warnings ask it. */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== "production";
  } catch {
    return false;
  }
}
