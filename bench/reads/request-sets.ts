import type { ReadRequest } from "./read-request.js";
import { type InventoryShape, requestsOf, SCENARIOS, type Scenario } from "./scenarios.js";
import { type Signer, signedPath } from "./signed-path.js";

/** The requests of one scenario, made once and sent to every target alike. */
export interface RequestSet {
  scenario: Scenario;
  /** Sent one after another: the warm-up, then the measured ones. */
  sequence: ReadRequest[];
  /** Cycled through by the throughput runs. */
  cycle: ReadRequest[];
  sequencePaths: string[];
  cyclePaths: string[];
}

/** Distinct requests a throughput run cycles through, per scenario. */
const CYCLE_LENGTH = 500;

/** The request sets of every scenario, signed beforehand so signing costs the client nothing. */
export function makeRequestSets(
  inventory: InventoryShape,
  sequenceLength: number,
  signer: Signer,
): RequestSet[] {
  return SCENARIOS.map((scenario) => {
    const requests = requestsOf(scenario, inventory, sequenceLength + CYCLE_LENGTH);
    const sequence = requests.slice(0, sequenceLength);
    const cycle = requests.slice(sequenceLength);
    return {
      scenario,
      sequence,
      cycle,
      sequencePaths: sequence.map((request) => signedPath(request, signer)),
      cyclePaths: cycle.map((request) => signedPath(request, signer)),
    };
  });
}
