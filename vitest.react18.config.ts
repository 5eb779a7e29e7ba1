import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// React 18 lives in a second small install (test/react18, `npm run test:react18` installs it), so
// that Node's own resolution inside react-dom and Testing Library finds React 18 too.
const r18 = (path: string) => fileURLToPath(new URL(`./test/react18/node_modules/${path}`, import.meta.url));

/** The unit and component suites again, on React 18. */
export default mergeConfig(
  base,
  defineConfig({
    resolve: {
      alias: [
        { find: /^react$/, replacement: r18("react/index.js") },
        { find: /^react\/jsx-runtime$/, replacement: r18("react/jsx-runtime.js") },
        { find: /^react\/jsx-dev-runtime$/, replacement: r18("react/jsx-dev-runtime.js") },
        { find: /^react-dom$/, replacement: r18("react-dom/index.js") },
        { find: /^react-dom\/client$/, replacement: r18("react-dom/client.js") },
        { find: /^react-dom\/server$/, replacement: r18("react-dom/server.node.js") },
        { find: /^react-dom\/test-utils$/, replacement: r18("react-dom/test-utils.js") },
        { find: /^@testing-library\/react$/, replacement: r18("@testing-library/react/dist/index.js") },
        // Radix's scroll lock ships CommonJS as `main`: use their ES builds so `react` above applies
        ...["react-remove-scroll", "react-remove-scroll-bar", "use-sidecar", "use-callback-ref", "react-style-singleton"].map((name) => ({
          find: new RegExp(`^${name}$`),
          replacement: fileURLToPath(new URL(`./node_modules/${name}/dist/es2015/index.js`, import.meta.url)),
        })),
      ],
    },
    test: {
      name: "react-18",
      env: { EXPECT_REACT: "18" },
      // these import react from ESM; inlining them lets the aliases above apply
      server: { deps: { inline: [/@radix-ui\//, /react-remove-scroll/, /use-callback-ref/, /use-sidecar/, /react-style-singleton/] } },
    },
  }),
);
