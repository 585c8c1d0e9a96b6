/**
 * The contract between the app shell and a page. A page is a folder `src/pages/<slug>/` holding
 * `meta.ts` (default export: {@link PageMeta}, loaded eagerly for the navigation) and `index.tsx`
 * (default export: the page component taking {@link PageProps}, loaded lazily so each page is its
 * own chunk). Adding a page is adding a folder: the router finds it with `import.meta.glob`.
 *
 * URLs are `#/<slug>/<param>/<param>…`; the slug is matched case-insensitively, params are
 * decoded and passed as typed.
 */
export interface PageMeta {
  /** Navigation label and the page's `<h1>`. */
  title: string;
  /** Position in the navigation, ascending (Overview 10, Family office 20, Portfolio 30, Risk 40, Margin 50, Markets 60, Strategies 70, System 90). */
  order: number;
  /** One line under the heading: what the page is for. */
  description: string;
}

export interface PageProps {
  /** Route segments after the slug (decoded), e.g. `['AAPL']` for `#/markets/AAPL`. */
  params: string[];
}
