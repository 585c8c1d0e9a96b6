import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PageMeta, PageProps } from './page.ts';

/** A page found under `src/pages/<slug>/`: its metadata now, its component when first shown. */
export interface PageEntry extends PageMeta {
  slug: string;
  Component: LazyExoticComponent<ComponentType<PageProps>>;
}

const metas = import.meta.glob<{ default: PageMeta }>('../pages/*/meta.ts', { eager: true });
const components = import.meta.glob<{ default: ComponentType<PageProps> }>('../pages/*/index.tsx');

const slugOf = (path: string) => path.split('/').at(-2) ?? path;

/**
 * Every page, in navigation order. Adding a page is adding a folder: Vite finds `meta.ts` eagerly
 * (for the navigation) and `index.tsx` lazily (one chunk per page, fetched on first visit).
 */
export const PAGES: readonly PageEntry[] = Object.entries(metas)
  .flatMap(([path, module]) => {
    const load = components[path.replace(/meta\.ts$/, 'index.tsx')];
    return load === undefined ? [] : [{ ...module.default, slug: slugOf(path), Component: lazy(load) }];
  })
  .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
