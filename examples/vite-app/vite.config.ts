import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `npm run dev` serves the page with hot reload and sends /api to `npm start` (server.mjs on 8787).
export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/api": "http://127.0.0.1:8787" } },
  // maps for your error tracker, not linked from the served files
  build: { sourcemap: "hidden" },
});
