import { fileURLToPath } from "node:url";
import type { StorybookConfig } from "@storybook/react-vite";

const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: "react-docgen-typescript" },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import("vite");
    return mergeConfig(viteConfig, {
      resolve: {
        alias: [
          { find: /^react-portone-inicis\/testing$/, replacement: src("testing/index.ts") },
          { find: /^react-portone-inicis$/, replacement: src("index.ts") },
        ],
      },
      server: { host: "127.0.0.1" },
      // the lazy buyer dialog imports these: bundled up front, so Vite never re-optimises (and
      // reloads the page) in the middle of a story's play function
      optimizeDeps: { include: ["react-dom", "@radix-ui/react-dialog"] },
    });
  },
};
export default config;
