/**
 * The claim as the CLI contract prints it (issue 2, "CLI contract"): exactly these fields, in this
 * order. Other tools parse it, so the internal `evidence` spans are left out and nothing is added.
 */
import type { Claim } from '../domain/claim.js';

export type ClaimOutput = Omit<Claim, 'evidence'>;

export function toClaimOutput(claim: Claim): ClaimOutput {
  return {
    measure: claim.measure,
    low: claim.low,
    high: claim.high,
    approximate: claim.approximate,
    modality: claim.modality,
    subject: claim.subject,
    unit: claim.unit,
    group: claim.group,
    claimant: claim.claimant,
    partOf: claim.partOf,
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
    date: claim.date,
    place: claim.place,
    ruleIds: [...claim.ruleIds],
  };
}
