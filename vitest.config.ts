import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

/** Unit and component tests in jsdom. */
export default defineConfig({
  plugins: [react()],
  test: {
    environment: "jsdom",
    globals: true,
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "test/browser/**", "node_modules/**"],
    setupFiles: ["./test/setup.ts"],
    restoreMocks: true,
  },
});
