// Writes the project's codebook as a REFI-QDA .qdc (Codebook.xsd): codes with colours,
// descriptions and nesting, and sets for the six questions and the seven components.
import { strToU8 } from 'fflate';
import { writeCodebookXml } from '../../shared/exchange/qde-writer.ts';
import type { RefiCode } from '../../shared/exchange/refi-model.ts';
import { ApiError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import { getSetting } from '../projects/project-info.ts';
import { APP_ORIGIN, codebookSets } from './qdpx-collect.ts';
import { elementGuids, exportGuid } from './qdpx-guids.ts';
import { exchangeQueries } from './queries.ts';
import type { ExportNodeRow } from './queries.ts';

// The .qdc XML of the open project's codebook.
export function codebookXml(store: Store): { xml: string; codes: number } {
  const projectGuid = getSetting(store, 'project.guid') ?? 'project';
  const nodes = exchangeQueries(store).nodes.all();
  if (nodes.length === 0) throw new ApiError('BAD_INPUT', 'The codebook is empty: there are no nodes to export.');
  const guids = new Map(nodes.map((n) => [n.id, exportGuid(n.guid, `${projectGuid}:nodes`)]));
  const toCode = (n: ExportNodeRow): RefiCode => ({
    guid: guids.get(n.id) ?? '',
    name: n.name,
    isCodable: n.is_codable === 1,
    color: /^#[0-9a-fA-F]{6}$/.test(n.color) ? n.color : undefined,
    description: n.description || undefined,
    noteRefs: [],
    children: nodes.filter((c) => c.parent_id === n.id).map(toCode),
  });
  const components = exchangeQueries(store).nodeComponents.all();
  const xml = writeCodebookXml({
    origin: APP_ORIGIN,
    codes: nodes.filter((n) => n.parent_id === null || !guids.has(n.parent_id)).map(toCode),
    sets: codebookSets(elementGuids(store), nodes, guids, components),
  });
  return { xml, codes: nodes.length };
}

// The .qdc bytes (UTF-8) of the open project's codebook.
export function buildQdc(store: Store): { bytes: Uint8Array; codes: number } {
  const { xml, codes } = codebookXml(store);
  return { bytes: strToU8(xml), codes };
}
