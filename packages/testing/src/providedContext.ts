/** Values the global setup provides to every test file (`inject('adminDatabaseUrl')`). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of a server where tests may CREATE DATABASE. */
    adminDatabaseUrl: string;
  }
}

export {};
