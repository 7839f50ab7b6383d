/**
 * Answers kept for one store generation at a time: a write by any process bumps the generation, which
 * empties the cache. At most `size` answers are kept (the oldest go first); concurrent requests for the
 * same key share one read, and a failed read (an unknown event) is not kept.
 */
export type GenerationCache<K, V> = { get(generation: number, key: K, read: () => Promise<V>): Promise<V> };

export function createGenerationCache<K, V>(size: number): GenerationCache<K, V> {
  let current = -1;
  const answers = new Map<K, Promise<V>>();
  return {
    get(generation, key, read) {
      if (generation !== current) {
        answers.clear();
        current = generation;
      }
      let answer = answers.get(key);
      if (answer === undefined) {
        answer = read();
        answers.set(key, answer);
        answer.catch(() => { if (answers.get(key) === answer) answers.delete(key); });
        if (answers.size > size) answers.delete(answers.keys().next().value!);
      }
      return answer;
    },
  };
}
