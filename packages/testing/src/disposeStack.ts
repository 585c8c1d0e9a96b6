/**
 * Everything a test starts goes on a stack and is torn down in reverse order,
 * even when a step fails (graphql-ws `tservers.ts`, Hive `tenv.ts`).
 */
export class DisposeStack {
  private readonly disposers: Array<() => unknown | Promise<unknown>> = [];

  /** Registers a teardown and returns `value` for chaining. */
  use<T>(value: T, dispose: (value: T) => unknown | Promise<unknown>): T {
    this.disposers.push(() => dispose(value));
    return value;
  }

  defer(dispose: () => unknown | Promise<unknown>): void {
    this.disposers.push(dispose);
  }

  async disposeAll(): Promise<void> {
    const errors: unknown[] = [];
    while (this.disposers.length) {
      const dispose = this.disposers.pop()!;
      try {
        await dispose();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length) throw new AggregateError(errors, 'teardown failed');
  }
}
