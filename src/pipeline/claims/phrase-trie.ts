/** A trie of pack phrases keyed by folded tokens, so matching costs one walk per token, not one scan per rule. */
import { phraseTokens, type Token } from '../segment/tokenize.js';

type Node<T> = { next: Map<string, Node<T>>; value: T | null };

/** A trie keyed by folded tokens; `longestAt` returns the longest phrase starting at a token. */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), value: null };

  add(phrase: string, value: T): void {
    let node = this.root;
    for (const part of phraseTokens(phrase)) {
      let child = node.next.get(part);
      if (!child) {
        child = { next: new Map(), value: null };
        node.next.set(part, child);
      }
      node = child;
    }
    // The first rule written for a phrase wins: packs list the preferred reading first.
    node.value ??= value;
  }

  /** The folded tokens phrases start with: a sentence without one of them holds no phrase. */
  firstTokens(): IterableIterator<string> {
    return this.root.next.keys();
  }

  /** Every phrase, as its folded tokens. */
  *phrases(): Generator<string[]> {
    const walk = function* (node: Node<unknown>, path: string[]): Generator<string[]> {
      if (node.value != null) yield path;
      for (const [part, child] of node.next) yield* walk(child, [...path, part]);
    };
    yield* walk(this.root, []);
  }

  longestAt(tokens: readonly Token[], i: number): { value: T; end: number } | null {
    if (i < 0) return null;
    let node: Node<T> | undefined = this.root;
    let best: { value: T; end: number } | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j]!.norm);
      if (node?.value != null) best = { value: node.value, end: j + 1 };
    }
    return best;
  }

  /**
   * For a trie of reversed phrases: the longest phrase ending right before `end`, walking back;
   * `end` of the result is how many tokens it spans. The same walk as `longestAt` over the
   * reversed tokens before `end`, without copying and reversing them for every number.
   */
  longestEndingAt(tokens: readonly Token[], end: number): { value: T; end: number } | null {
    let node: Node<T> | undefined = this.root;
    let best: { value: T; end: number } | null = null;
    for (let j = end - 1; j >= 0 && node; j--) {
      node = node.next.get(tokens[j]!.norm);
      if (node?.value != null) best = { value: node.value, end: end - j };
    }
    return best;
  }
}
