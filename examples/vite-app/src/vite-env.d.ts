/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Your PortOne store id (`store-...`), from the console's 결제연동 > 연동 정보. */
  readonly VITE_PORTONE_STORE_ID?: string;
  /** The KG Inicis channel key (a test channel while you try this out). */
  readonly VITE_PORTONE_CHANNEL_KEY?: string;
}
