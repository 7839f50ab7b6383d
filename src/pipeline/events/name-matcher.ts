/**
 * Which of many names occur in a text, anywhere (inside words too), in one pass over the text: an
 * Aho–Corasick automaton over the names' UTF-16 code units. Finding place containment used to try
 * every pair of names against every text (names² × texts); with the names each text holds found
 * first, only the pairs that can match are tried.
 */
export type NameMatcher = {
  /** Indexes (into the names given) of every name that occurs in `text`, in no particular order. */
  find(text: string): Set<number>;
};

export function buildNameMatcher(names: readonly string[]): NameMatcher {
  const next: Map<number, number>[] = [new Map()];
  /** Names ending at each state, its own and (after linking) those of its suffix states. */
  const ends: number[][] = [[]];
  names.forEach((name, index) => {
    if (name === '') return;
    let state = 0;
    for (let i = 0; i < name.length; i++) {
      const code = name.charCodeAt(i);
      let to = next[state]!.get(code);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        ends.push([]);
        next[state]!.set(code, to);
      }
      state = to;
    }
    ends[state]!.push(index);
  });
  // Breadth first, so every state's failure link (its longest proper suffix in the trie) is known
  // before its children's.
  const fail = new Array<number>(next.length).fill(0);
  const queue: number[] = [...next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [code, child] of next[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !next[f]!.has(code)) f = fail[f]!;
      const target = next[f]!.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const inherited = ends[fail[child]!]!;
      if (inherited.length > 0) ends[child] = [...ends[child]!, ...inherited];
      queue.push(child);
    }
  }
  return {
    find(text) {
      const found = new Set<number>();
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let to = next[state]!.get(code);
        while (to === undefined && state !== 0) {
          state = fail[state]!;
          to = next[state]!.get(code);
        }
        state = to ?? 0;
        for (const index of ends[state]!) found.add(index);
      }
      return found;
    },
  };
}
