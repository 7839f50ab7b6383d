import { z } from 'zod';

/** A half-open range [start, end) of UTF-16 code units into a document's stored extracted text. */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.start <= s.end, { message: 'span start must not exceed its end' });
export type Span = z.infer<typeof Span>;

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
