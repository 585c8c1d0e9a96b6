/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Gateway GraphQL URL; default `/graphql` on the page's origin. */
  readonly VITE_GATEWAY_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
