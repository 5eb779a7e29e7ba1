// Where Chromium is, and the flags that work on this machine kind (no sandbox as root, no
// background networking: the network is closed). CHROMIUM_PATH overrides the path.
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
export const chromiumAvailable = () => existsSync(CHROMIUM_PATH);
