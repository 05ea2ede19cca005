// Money that buys capacity later: a tool vendor's line, a turbine maker's casting lines, launch
// cadence. Each purchase waits in a pipeline as [month it arrives, amount] until its month comes.

export type FundedPipeline = Array<[number, number]>;

/** Hands each amount due by `month` to `arrive`, in the order bought; returns what is still to come. */
export function takeDue(pipeline: FundedPipeline, month: number, arrive: (amount: number) => void): FundedPipeline {
  if (pipeline.length === 0) return pipeline;
  for (const [m, amount] of pipeline) if (m <= month) arrive(amount);
  return pipeline.filter(([m]) => m > month);
}
