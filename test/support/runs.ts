/** Runs per property: at least 1,000; `FC_RUNS=100000 npm test` for deeper local runs. */
export const runs = Math.max(1, Number(process.env.FC_RUNS ?? 1000))
