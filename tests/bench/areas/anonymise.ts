// Benchmarks of this area (see ../bench-context.ts); add measurements in run().
import type { BenchArea } from '../bench-context.ts';

export const anonymiseBench: BenchArea = {
  name: 'anonymise',
  run() {},
};
