import { distance } from "fastest-levenshtein";

/** The closest candidate to a mistyped word, if one is close enough to be what was meant. */
export function closest(word: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  // A third of the word may differ: catches typos and US/UK spellings, not unrelated words.
  return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

export function didYouMean(word: string, candidates: Iterable<string>, otherwise: string): string {
  const match = closest(word, candidates);
  return match ? `did you mean "${match}"?` : otherwise;
}
