import type { Outcome } from "../core/outcome";
import { routeLanding } from "./landing";
import { pageStore, type PageLanding } from "./page";

// The landing's chunk: loaded by the provider only on a page PortOne's redirect came back to (with
// the engine, which delivers to the components), so other pages never download the router.

/**
 * Routes the landing in the address bar (if it is one): PortOne's keys come off with
 * `history.replaceState`, and every final outcome goes to the page's listeners and to `observe`
 * (the provider's `onRedirectResult`), guarded.
 */
export function routePage(page: PageLanding, observe: (outcome: Outcome) => void): void {
  page.router = routeLanding(
    {
      search: window.location.search,
      replaceSearch: (search) => window.history.replaceState(window.history.state, "", window.location.pathname + search + window.location.hash),
    },
    pageStore(),
    {
      claimants: () => page.claimants,
      observe: (outcome) => {
        page.landing = outcome;
        page.listeners.forEach((l) => l());
        try {
          observe(outcome);
        } catch (error) {
          console.error("[react-portone-inicis] onRedirectResult threw:", error);
        }
      },
    },
  );
}
