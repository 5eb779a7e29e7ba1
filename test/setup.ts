import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// findBy*/waitFor wait for an event; the cap is generous so a loaded machine (2 busy cores, a
// lazy chunk transformed on first import) waits longer instead of failing
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  if (typeof window !== "undefined") delete (window as { PortOne?: unknown }).PortOne;
});
