// The contract for activity-system diagrams and tensions.
//
// For other areas: 'diagrams.createTension' turns a pair of components into a tension
// backed by codings (e.g. a co-occurrence pair from the queries). Name each component by
// its id ({ componentId }) or by kind and system ({ component: 'community', system: 0 });
// `to: null` makes a primary contradiction inside `from`. See README "Activity-system diagrams".
import { z } from 'zod';
import { DIAGRAM_COMPONENT_KINDS, MAX_ADVANCED_FORM, MAX_BOUNDARY_OBJECT_NAME, MAX_BOUNDARY_OBJECTS, MAX_COMPONENT_TEXT, MAX_EVIDENCE_PER_CALL, MAX_NUDGE, MAX_TENSION_LABEL, MAX_TENSION_MEMO, MAX_TRIANGLES, SYSTEM_PARTNER_ROLES, TENSION_LEVELS } from '../model/diagrams.ts';
import type { ComponentSuggestion, DiagramDetail, DiagramExport, DiagramSummary, EvidenceItem, EvidenceList, TensionRecord } from '../model/diagrams.ts';
import { empty, id, MAX_NAME, name } from './fields.ts';

const shortText = z.string().max(MAX_NAME);

const caption = z.string().max(5000);

const nudge = z.number().finite().min(-MAX_NUDGE).max(MAX_NUDGE);

const codingIds = z.array(id).max(MAX_EVIDENCE_PER_CALL);

const level = z.enum(TENSION_LEVELS);

const evidenceTarget = z.enum(['component', 'tension']);

// tertiary: the culturally more advanced form of the object (required for that level)
const advancedForm = z.string().max(MAX_ADVANCED_FORM * 2);

const componentRef = z.union([
  z.object({ componentId: id }).strict(),
  z.object({ component: z.enum(DIAGRAM_COMPONENT_KINDS), system: z.number().int().min(0).max(MAX_TRIANGLES - 1).optional() }).strict(),
]);

export const diagramsSchemas = {
  'diagrams.list': empty,
  'diagrams.get': z.object({ id }).strict(),
  'diagrams.create': z
    .object({
      generation: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      title: name,
      perspective: shortText.optional(),
      phase: shortText.optional(),
      caption: caption.optional(),
      // one name per system: 1-8 triangles (first generation), 1 (second), 2 (third)
      systemNames: z.array(shortText).min(1).max(MAX_TRIANGLES).optional(),
    })
    .strict(),
  'diagrams.update': z.object({ id, title: name.optional(), perspective: shortText.optional(), phase: shortText.optional(), caption: caption.optional() }).strict(),
  'diagrams.delete': z.object({ id }).strict(),
  // a copy with its texts, tensions and evidence, to draw the same system in another phase
  'diagrams.duplicate': z.object({ id, title: shortText.optional(), phase: shortText.optional() }).strict(),
  'diagrams.addSystem': z.object({ diagramId: id, name: shortText }).strict(),
  'diagrams.renameSystem': z.object({ systemId: id, name: shortText }).strict(),
  'diagrams.removeSystem': z.object({ systemId: id }).strict(),
  'diagrams.setComponentText': z.object({ componentId: id, text: z.string().max(MAX_COMPONENT_TEXT * 2) }).strict(),
  // where the researcher dragged a label to (absolute offsets from its fixed place)
  'diagrams.nudge': z.union([z.object({ componentId: id, x: nudge, y: nudge }).strict(), z.object({ tensionId: id, x: nudge, y: nudge }).strict()]),
  'diagrams.suggestions': z.object({ componentId: id }).strict(),
  'diagrams.createTension': z
    .object({
      diagramId: id,
      from: componentRef,
      to: componentRef.nullable(),
      level: level.optional(),
      label: z.string().max(MAX_TENSION_LABEL * 2).optional(),
      memo: z.string().max(MAX_TENSION_MEMO).optional(),
      advancedForm: advancedForm.optional(),
      codingIds: codingIds.optional(),
    })
    .strict(),
  'diagrams.updateTension': z
    .object({
      id,
      level: level.optional(),
      label: z.string().max(MAX_TENSION_LABEL * 2).optional(),
      memo: z.string().max(MAX_TENSION_MEMO).optional(),
      advancedForm: advancedForm.optional(),
      fromComponentId: id.optional(),
      toComponentId: id.nullable().optional(),
    })
    .strict(),
  'diagrams.deleteTension': z.object({ id }).strict(),
  // third generation: the organisation a system stands for (its tensions' evidence is split by it)
  'diagrams.setSystemRole': z.object({ systemId: id, partnerRole: z.enum(SYSTEM_PARTNER_ROLES).nullable() }).strict(),
  // third generation: the boundary objects the shared object carries, in order
  'diagrams.setBoundaryObjects': z.object({ diagramId: id, names: z.array(z.string().max(MAX_BOUNDARY_OBJECT_NAME * 2)).max(MAX_BOUNDARY_OBJECTS * 4) }).strict(),
  'diagrams.evidence': z.object({ target: evidenceTarget, id }).strict(),
  'diagrams.addEvidence': z.object({ target: evidenceTarget, id, codingIds: codingIds.min(1) }).strict(),
  'diagrams.removeEvidence': z.object({ target: evidenceTarget, id, codingIds: codingIds.min(1) }).strict(),
  'diagrams.forgetMissingEvidence': z.object({ target: evidenceTarget, id }).strict(),
  // codings at a node (with its descendants if asked), to pick evidence from
  'diagrams.codingsAtNode': z.object({ nodeId: id, descendants: z.boolean().optional() }).strict(),
  'diagrams.export': z.object({ id, format: z.enum(['svg', 'png']), widthCm: z.number().finite().min(2).max(120).optional() }).strict(),
} as const satisfies Record<string, z.ZodType>;

export interface DiagramsResults {
  'diagrams.list': DiagramSummary[];
  'diagrams.get': DiagramDetail;
  'diagrams.create': DiagramDetail;
  'diagrams.update': DiagramDetail;
  'diagrams.delete': null;
  'diagrams.duplicate': DiagramDetail;
  'diagrams.addSystem': DiagramDetail;
  'diagrams.renameSystem': DiagramDetail;
  'diagrams.removeSystem': DiagramDetail;
  'diagrams.setComponentText': DiagramDetail;
  'diagrams.nudge': DiagramDetail;
  'diagrams.suggestions': ComponentSuggestion[];
  'diagrams.createTension': TensionRecord;
  'diagrams.updateTension': TensionRecord;
  'diagrams.deleteTension': null;
  'diagrams.setSystemRole': DiagramDetail;
  'diagrams.setBoundaryObjects': DiagramDetail;
  'diagrams.evidence': EvidenceList;
  'diagrams.addEvidence': EvidenceList;
  'diagrams.removeEvidence': EvidenceList;
  'diagrams.forgetMissingEvidence': EvidenceList;
  'diagrams.codingsAtNode': EvidenceItem[];
  'diagrams.export': DiagramExport;
}

// Methods that change the project file (refused on a read-only project).
export const DIAGRAMS_MUTATING = ['diagrams.create', 'diagrams.update', 'diagrams.delete', 'diagrams.duplicate', 'diagrams.addSystem', 'diagrams.renameSystem', 'diagrams.removeSystem', 'diagrams.setComponentText', 'diagrams.nudge', 'diagrams.createTension', 'diagrams.updateTension', 'diagrams.deleteTension', 'diagrams.setSystemRole', 'diagrams.setBoundaryObjects', 'diagrams.addEvidence', 'diagrams.removeEvidence', 'diagrams.forgetMissingEvidence'] as const satisfies readonly (keyof typeof diagramsSchemas)[];
