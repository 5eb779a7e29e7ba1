/** Path of the Chromium binary (CHROMIUM_PATH, or Debian's /usr/bin/chromium). */
export declare const CHROMIUM_PATH: string;
/** Launch flags for headless Chromium on this machine kind. */
export declare const CHROMIUM_ARGS: string[];
/** True when the binary exists. */
export declare function chromiumAvailable(): boolean;
