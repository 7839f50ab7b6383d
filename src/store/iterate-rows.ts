/** Lazy map and flatMap over any iterable: the stores turn a grouping into rows as they write them. */
export function* map<T, U>(items: Iterable<T>, to: (item: T, index: number) => U): Generator<U> {
  let index = 0;
  for (const item of items) yield to(item, index++);
}

export function* flatMap<T, U>(items: Iterable<T>, to: (item: T) => Iterable<U>): Generator<U> {
  for (const item of items) yield* to(item);
}

/**
 * The items in arrays of `size` (the last one shorter), taken from the iterable as each is needed.
 * With `bound`, an array also ends before its items' `bytesOf` would pass `maxBytes` (an over-sized
 * item goes alone): a batch of long documents must not become one message of hundreds of megabytes.
 */
export function* chunks<T>(items: Iterable<T>, size: number, bound?: { maxBytes: number; bytesOf: (item: T) => number }): Generator<T[]> {
  let chunk: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const itemBytes = bound?.bytesOf(item) ?? 0;
    if (chunk.length > 0 && bound !== undefined && bytes + itemBytes > bound.maxBytes) {
      yield chunk;
      [chunk, bytes] = [[], 0];
    }
    chunk.push(item);
    bytes += itemBytes;
    if (chunk.length === size) {
      yield chunk;
      [chunk, bytes] = [[], 0];
    }
  }
  if (chunk.length > 0) yield chunk;
}
