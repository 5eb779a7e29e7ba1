// What the shop sells. The browser shows these prices; the server charges them (it never takes an
// amount from the browser), and verification compares PortOne's payment with the server's order.

export interface Item {
  key: string;
  name: string;
  price: number;
  currency: "KRW";
}

export const CATALOG: readonly Item[] = [
  { key: "sneakers", name: "나이키 와플 트레이너 2 SD", price: 39000, currency: "KRW" },
  { key: "socks", name: "러닝 양말 3켤레", price: 12000, currency: "KRW" },
];

/** The item for a key from the address bar, or the first one. */
export function itemFor(key: string | null | undefined): Item {
  return CATALOG.find((item) => item.key === key) ?? CATALOG[0]!;
}
