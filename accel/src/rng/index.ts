/** The seeded generators alone (`@nautilus/accel/rng`), without backends or native runtimes. */
export * from './Xoshiro128.ts';
export * from './createRng.ts';
