/** Lazy map and flatMap over any iterable: the stores turn a grouping into rows as they write them. */
export function* map<T, U>(items: Iterable<T>, to: (item: T, index: number) => U): Generator<U> {
  let index = 0;
  for (const item of items) yield to(item, index++);
}

export function* flatMap<T, U>(items: Iterable<T>, to: (item: T) => Iterable<U>): Generator<U> {
  for (const item of items) yield* to(item);
}

/** The items in arrays of `size` (the last one shorter), taken from the iterable as each is needed. */
export function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
