// Every area's benchmark, run in this order for each corpus size.
import type { BenchArea } from '../bench-context.ts';
import { coreBench } from './core.ts';
import { importBench } from './import.ts';
import { workspaceBench } from './workspace.ts';
import { queriesBench } from './queries.ts';
import { diagramsBench } from './diagrams.ts';
import { anonymiseBench } from './anonymise.ts';
import { exchangeBench } from './exchange.ts';

export const BENCH_AREAS: BenchArea[] = [coreBench, importBench, workspaceBench, queriesBench, diagramsBench, anonymiseBench, exchangeBench];
