import { useEffect, useLayoutEffect } from "react";
import { isServer } from "../core/env";

/** `useLayoutEffect` in the browser, `useEffect` on the server (where layout effects warn). */
export const useIsomorphicLayoutEffect = isServer ? useEffect : useLayoutEffect;
