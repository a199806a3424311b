// Imports of .qdpx files built by hand in this test (XML written out here, not by our
// exporter), one per family of deviations the major programs write, with the text every
// selection must land on written out too. Positions below were counted by hand the way
// each program counts them.
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { projectQdeXml } from './qdpx-export.ts';
import { openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { listCases } from '../cases/cases.ts';
import { listCodingDetails } from '../codings/coding-report.ts';
import { listMemos } from '../memos/memos.ts';
import { listNodes } from '../codebook/codebook.ts';
import { getSource, listSources } from '../sources/sources.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { importQdpxAsNewProject, previewQdpx } from './qdpx-import.ts';

const BOM = '\uFEFF';
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function zip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

async function importFile(bytes: Uint8Array, fileName: string): Promise<{ store: OpenStore; report: Awaited<ReturnType<typeof importQdpxAsNewProject>> }> {
  const { dir, cleanup } = makeTempDir('alens-qdpx-');
  const path = join(dir, 'imported.alens');
  const report = await importQdpxAsNewProject(bytes, fileName, path);
  const store = openProject(path);
  cleanups.push(() => {
    store.close();
    cleanup();
  });
  return { store, report };
}

// "source | node path | coded text" for every coding, sorted.
function codedTexts(store: OpenStore): string[] {
  return listCodingDetails(store)
    .map((c) => `${c.sourceName} | ${c.nodePath} | ${c.text}`)
    .sort();
}

// NVivo: <name>.qde with a BOM and CRLF, Sources/ with upper-case file names, CRLF
// counted as two positions, a code without a colour and one with a short colour.
// The second source counts CRLF as one and its selections have no names: the
// reading has to be found from the text itself.
const TEXT_A = 'Interviewer: How did the peer coaching start in your team?\r\nPriya Desai: We paired up in September. It felt like another observation at first.\r\nInterviewer: What changed that?\r\nPriya Desai: The broker stopped using the grading form, so we talked about the lesson.\r\n';
const TEXT_B = 'Interviewer: Who set the agenda for the sessions?\r\nGareth Lloyd: Mostly the college. The timetable decided everything.\r\nInterviewer: And the learners?\r\nGareth Lloyd: They noticed the change before we did.\r\n';
const NVIVO_QDE = [
  '<?xml version="1.0" encoding="utf-8" standalone="yes"?>',
  '<Project xmlns="urn:QDA-XML:project:1.0" name="Coaching study" origin="NVivo 14 (hand-built test file)" creatingUserGUID="{AAAAAAAA-0000-4000-8000-000000000001}">',
  '  <Users><User guid="{AAAAAAAA-0000-4000-8000-000000000001}" name="Sam Rivera"/></Users>',
  '  <CodeBook><Codes>',
  '    <Code guid="{C0000000-0000-4000-8000-000000000000}" name="Themes" isCodable="false">',
  '      <Code guid="{C0000000-0000-4000-8000-000000000001}" name="Observation" isCodable="true" color="#AABBCC"><Description>Being watched while teaching</Description></Code>',
  '      <Code guid="{C0000000-0000-4000-8000-000000000002}" name="Agenda" isCodable="true"/>',
  '      <Code guid="{C0000000-0000-4000-8000-000000000003}" name="Change" isCodable="true" color="#0a0"/>',
  '    </Code>',
  // NVivo writes a case as a code with the case's GUID; coding at it puts text in the case
  '    <Code guid="{D0000000-0000-4000-8000-000000000002}" name="Gareth Lloyd" isCodable="true"/>',
  '  </Codes></CodeBook>',
  '  <Variables>',
  '    <Variable guid="{B0000000-0000-4000-8000-000000000001}" name="Years teaching" typeOfVariable="Integer"/>',
  '    <Variable guid="{B0000000-0000-4000-8000-000000000002}" name="Mentor" typeOfVariable="Boolean"/>',
  '    <Variable guid="{B0000000-0000-4000-8000-000000000003}" name="Department" typeOfVariable="Text"/>',
  '  </Variables>',
  '  <Cases>',
  '    <Case guid="{D0000000-0000-4000-8000-000000000001}" name="Priya Desai">',
  '      <VariableValue><VariableRef targetGUID="{B0000000-0000-4000-8000-000000000001}"/><IntegerValue>4</IntegerValue></VariableValue>',
  '      <VariableValue><VariableRef targetGUID="{B0000000-0000-4000-8000-000000000002}"/><BooleanValue>true</BooleanValue></VariableValue>',
  '      <VariableValue><VariableRef targetGUID="{B0000000-0000-4000-8000-000000000003}"/><TextValue>Health &amp; Social Care</TextValue></VariableValue>',
  '      <SourceRef targetGUID="{E0000000-0000-4000-8000-00000000000A}"/>',
  '    </Case>',
  '    <Case guid="{D0000000-0000-4000-8000-000000000002}" name="Gareth Lloyd">',
  '      <VariableValue><VariableRef targetGUID="{B0000000-0000-4000-8000-000000000001}"/><IntegerValue>12</IntegerValue></VariableValue>',
  '      <SourceRef targetGUID="{E0000000-0000-4000-8000-00000000000B}"/>',
  '    </Case>',
  '  </Cases>',
  '  <Sources>',
  '    <TextSource guid="{E0000000-0000-4000-8000-00000000000A}" name="Priya Desai interview" plainTextPath="internal://6f1c2d3e-0000-4000-8000-00000000000a.txt" richTextPath="internal://6f1c2d3e-0000-4000-8000-0000000000aa.docx">',
  '      <PlainTextSelection guid="{F0000000-0000-4000-8000-000000000001}" name="We paired up in September" startPosition="73" endPosition="98" creatingUser="{AAAAAAAA-0000-4000-8000-000000000001}">',
  '        <Coding guid="{90000000-0000-4000-8000-000000000001}" creatingUser="{AAAAAAAA-0000-4000-8000-000000000001}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000002}"/></Coding>',
  '      </PlainTextSelection>',
  '      <PlainTextSelection guid="{F0000000-0000-4000-8000-000000000002}" name="another observation" startPosition="113" endPosition="132">',
  '        <Coding guid="{90000000-0000-4000-8000-000000000002}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000001}"/></Coding>',
  '        <NoteRef targetGUID="{A1000000-0000-4000-8000-000000000001}"/>',
  '      </PlainTextSelection>',
  '      <PlainTextSelection guid="{F0000000-0000-4000-8000-000000000003}" name="The broker stopped using the grading form" startPosition="190" endPosition="231">',
  '        <Coding guid="{90000000-0000-4000-8000-000000000003}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000001}"/></Coding>',
  '        <Coding guid="{90000000-0000-4000-8000-000000000004}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000003}"/></Coding>',
  '      </PlainTextSelection>',
  '      <PlainTextSelection guid="{F0000000-0000-4000-8000-000000000004}" name="talked about the lesson" startPosition="239" endPosition="262">',
  '        <Coding guid="{90000000-0000-4000-8000-000000000005}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000003}"/></Coding>',
  '      </PlainTextSelection>',
  '      <PlainTextSelection guid="{F0000000-0000-4000-8000-000000000005}" startPosition="0" endPosition="11"><Coding guid="{90000000-0000-4000-8000-000000000006}"><CodeRef targetGUID="{D0000000-0000-4000-8000-000000000002}"/></Coding></PlainTextSelection>',
  '    </TextSource>',
  '    <TextSource guid="{E0000000-0000-4000-8000-00000000000B}" name="Gareth Lloyd interview" plainTextPath="internal://6f1c2d3e-0000-4000-8000-00000000000b.txt">',
  '      <PlainTextSelection guid="{F0000000-0000-4000-8000-000000000011}" startPosition="64" endPosition="82"><Coding guid="{90000000-0000-4000-8000-000000000011}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000002}"/></Coding></PlainTextSelection>',
  '      <PlainTextSelection guid="{F0000000-0000-4000-8000-000000000012}" startPosition="84" endPosition="116"><Coding guid="{90000000-0000-4000-8000-000000000012}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000002}"/></Coding></PlainTextSelection>',
  '      <PlainTextSelection guid="{F0000000-0000-4000-8000-000000000013}" startPosition="163" endPosition="186"><Coding guid="{90000000-0000-4000-8000-000000000013}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000003}"/></Coding></PlainTextSelection>',
  '    </TextSource>',
  '  </Sources>',
  '  <Notes>',
  '    <Note guid="{A1000000-0000-4000-8000-000000000001}" name="Observation as threat"><PlainTextContent>Priya hears "observation" as judgement.</PlainTextContent></Note>',
  '    <Note guid="{A1000000-0000-4000-8000-000000000002}" name="Research journal"><PlainTextContent>Started coding the first wave.</PlainTextContent></Note>',
  '    <Note guid="{A1000000-0000-4000-8000-000000000003}" name="About Gareth"><PlainTextContent>Works part-time in two centres.</PlainTextContent></Note>',
  '  </Notes>',
  '  <Links>',
  '    <Link guid="{A2000000-0000-4000-8000-000000000001}" name="Memo on case" originGUID="{A1000000-0000-4000-8000-000000000003}" targetGUID="{D0000000-0000-4000-8000-000000000002}"/>',
  '    <Link guid="{A2000000-0000-4000-8000-000000000002}" name="Observation leads to change" direction="OneWay" originGUID="{C0000000-0000-4000-8000-000000000001}" targetGUID="{C0000000-0000-4000-8000-000000000003}"/>',
  '  </Links>',
  '  <Sets>',
  '    <Set guid="{A3000000-0000-4000-8000-000000000001}" name="Feelings"><MemberCode targetGUID="{C0000000-0000-4000-8000-000000000001}"/></Set>',
  '    <Set guid="{A3000000-0000-4000-8000-000000000002}" name="First wave"><MemberSource targetGUID="{E0000000-0000-4000-8000-00000000000A}"/></Set>',
  '  </Sets>',
  '  <NoteRef targetGUID="{A1000000-0000-4000-8000-000000000002}"/>',
  '</Project>',
].join('\r\n');

describe('a .qdpx as NVivo writes it', () => {
  const bytes = zip({
    'Coaching study.qde': BOM + NVIVO_QDE,
    'Sources/6F1C2D3E-0000-4000-8000-00000000000A.TXT': BOM + TEXT_A,
    'Sources/6F1C2D3E-0000-4000-8000-00000000000B.TXT': TEXT_B,
  });

  it('lands every selection on its text, whether CRLF counted two positions or one', async () => {
    const { store } = await importFile(bytes, 'coaching.qdpx');
    expect(codedTexts(store)).toEqual([
      'Gareth Lloyd interview | Themes/Agenda | Mostly the college',
      'Gareth Lloyd interview | Themes/Agenda | The timetable decided everything',
      'Gareth Lloyd interview | Themes/Change | They noticed the change',
      'Priya Desai interview | Themes/Agenda | We paired up in September',
      'Priya Desai interview | Themes/Change | The broker stopped using the grading form',
      'Priya Desai interview | Themes/Change | talked about the lesson',
      'Priya Desai interview | Themes/Observation | The broker stopped using the grading form',
      'Priya Desai interview | Themes/Observation | another observation',
    ]);
    // the text itself is canonical: no BOM, \n line ends
    const texts = listSources(store).map((s) => store.db.prepare('SELECT text FROM sources WHERE id = ?').pluck().get(s.id) as string);
    for (const t of texts) {
      expect(t.includes('\r')).toBe(false);
      expect(t.startsWith(BOM)).toBe(false);
    }
  });

  it('keeps the codebook nesting, colours (a missing one defaulted, #rgb expanded) and GUIDs', async () => {
    const { store } = await importFile(bytes, 'coaching.qdpx');
    const nodes = listNodes(store);
    expect(nodes.map((n) => n.path)).toEqual(['Themes', 'Themes/Observation', 'Themes/Agenda', 'Themes/Change']);
    const byName = new Map(nodes.map((n) => [n.name, n]));
    expect(byName.get('Observation')?.color).toBe('#aabbcc');
    expect(byName.get('Observation')?.description).toBe('Being watched while teaching');
    expect(byName.get('Change')?.color).toBe('#00aa00');
    expect(byName.get('Agenda')?.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(byName.get('Observation')?.guid).toBe('c0000000-0000-4000-8000-000000000001');
  });

  it('brings cases with their variables and source links, the coder, and every note to its place', async () => {
    const { store } = await importFile(bytes, 'coaching.qdpx');
    const cases = listCases(store);
    expect(cases.map((c) => [c.realName, c.attributes])).toEqual([
      ['Gareth Lloyd', { 'Years teaching': '12' }],
      ['Priya Desai', { 'Years teaching': '4', Mentor: 'true', Department: 'Health & Social Care' }],
    ]);
    expect(listSources(store).map((s) => [s.name, s.caseNames])).toEqual([
      ['Gareth Lloyd interview', ['Gareth Lloyd']],
      // the coding at the case-code linked Gareth to Priya's interview too
      ['Priya Desai interview', ['Gareth Lloyd', 'Priya Desai']],
    ]);
    expect(listCodingDetails(store).every((c) => c.sourceName !== 'Priya Desai interview' || c.text !== 'We paired up in September' || c.coder === 'SR')).toBe(true);
    const memos = listMemos(store);
    const on = (title: string) => memos.find((m) => m.title === title);
    expect(on('Research journal')?.targetKind).toBe('project');
    expect(on('About Gareth')?.targetKind).toBe('case');
    expect(on('About Gareth')?.targetId).toBe(cases.find((c) => c.realName === 'Gareth Lloyd')?.id);
    const observation = on('Observation as threat');
    expect(observation?.targetKind).toBe('coding');
    const coded = listCodingDetails(store).find((c) => c.id === observation?.targetId);
    expect(coded?.text).toBe('another observation');
    expect(observation?.plainText).toBe('Priya hears "observation" as judgement.');
  });

  it('says before importing what will come in and what cannot', async () => {
    const preview = await previewQdpx(bytes, 'coaching.qdpx');
    expect(preview.origin).toBe('NVivo 14 (hand-built test file)');
    expect(preview.comingIn).toMatchObject({ sources: 2, codings: 8, nodes: 4, cases: 2, memos: 3, coders: 1, attributes: 3 });
    expect(preview.leftOut.map((l) => [l.what, l.count])).toEqual([
      ['Code sets', 1],
      ['Formatted versions of sources (rich text)', 1],
      ['Links', 1],
      ['Source and note sets', 1],
    ]);
    expect(preview.sources.map((s) => s.positions)).toEqual(['line breaks (CRLF) counted as two positions', 'line breaks (CRLF) counted as one position']);
    expect(preview.notes.join(' ')).toContain('2 codes have no colour');
  });
});

// ATLAS.ti: project.qde, sources/ in lower case, CRLF counted as one position (the
// quote names tell), a source given as PlainTextContent with a zero-length selection,
// a source whose file is missing, a PDF with its text representation and coded
// regions, a picture, audio outside the archive and a video with a transcript.
const TEXT_C = 'Interviewer: What did the mentors do?\r\nClaire Bennett: We observed each other and wrote it up on the shared form.\r\nClaire Bennett: Nobody graded anything.\r\n';
const ATLAS_QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="Mentoring" origin="ATLAS.ti 23.0.8 (hand-built test file)">
  <CodeBook>
    <Codes>
      <Code guid="11000000-0000-4000-8000-000000000001" name="Practice::Observing" isCodable="true"/>
      <Code guid="11000000-0000-4000-8000-000000000002" name="Practice::Paperwork" isCodable="true"/>
      <Code guid="11000000-0000-4000-8000-000000000003" name="Outcomes" isCodable="true"/>
    </Codes>
  </CodeBook>
  <Sources>
    <TextSource guid="12000000-0000-4000-8000-000000000001" name="Claire Bennett.docx" plainTextPath="internal://12000000-0000-4000-8000-000000000001.txt">
      <PlainTextSelection guid="13000000-0000-4000-8000-000000000001" name="We observed each other" startPosition="54" endPosition="76"><Coding guid="14000000-0000-4000-8000-000000000001"><CodeRef targetGUID="11000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="13000000-0000-4000-8000-000000000002" name="the shared form" startPosition="96" endPosition="111"><Coding guid="14000000-0000-4000-8000-000000000002"><CodeRef targetGUID="11000000-0000-4000-8000-000000000002"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="13000000-0000-4000-8000-000000000003" name="Nobody graded anything." startPosition="129" endPosition="151"><Coding guid="14000000-0000-4000-8000-000000000003"><CodeRef targetGUID="11000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
    </TextSource>
    <TextSource guid="12000000-0000-4000-8000-000000000002" name="Final report summary">
      <PlainTextContent>Final report summary.
The partnership met its targets for observation and coaching.
Learners reported more confidence.</PlainTextContent>
      <PlainTextSelection guid="13000000-0000-4000-8000-000000000011" name="met its targets" startPosition="38" endPosition="53"><Coding guid="14000000-0000-4000-8000-000000000011"><CodeRef targetGUID="11000000-0000-4000-8000-000000000003"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="13000000-0000-4000-8000-000000000012" name="Quotation 2:2" startPosition="84" endPosition="84"><Coding guid="14000000-0000-4000-8000-000000000012"><CodeRef targetGUID="11000000-0000-4000-8000-000000000003"/></Coding></PlainTextSelection>
    </TextSource>
    <TextSource guid="12000000-0000-4000-8000-000000000003" name="Lost interview" plainTextPath="internal://12000000-0000-4000-8000-000000000003.txt">
      <PlainTextSelection guid="13000000-0000-4000-8000-000000000021" startPosition="0" endPosition="10"><Coding guid="14000000-0000-4000-8000-000000000021"><CodeRef targetGUID="11000000-0000-4000-8000-000000000003"/></Coding></PlainTextSelection>
    </TextSource>
    <PDFSource guid="15000000-0000-4000-8000-000000000001" name="Evaluation.pdf" path="internal://15000000-0000-4000-8000-000000000001.pdf">
      <PDFSelection guid="13000000-0000-4000-8000-000000000031" page="0" firstX="10" firstY="10" secondX="200" secondY="80"><Coding guid="14000000-0000-4000-8000-000000000031"><CodeRef targetGUID="11000000-0000-4000-8000-000000000003"/></Coding></PDFSelection>
      <Representation guid="15000000-0000-4000-8000-000000000002" plainTextPath="internal://15000000-0000-4000-8000-000000000002.txt">
        <PlainTextSelection guid="13000000-0000-4000-8000-000000000032" name="Evaluation summary." startPosition="0" endPosition="19"><Coding guid="14000000-0000-4000-8000-000000000032"><CodeRef targetGUID="11000000-0000-4000-8000-000000000003"/></Coding></PlainTextSelection>
      </Representation>
    </PDFSource>
    <PictureSource guid="15000000-0000-4000-8000-000000000003" name="Seating plan.png" path="internal://15000000-0000-4000-8000-000000000003.png">
      <PictureSelection guid="13000000-0000-4000-8000-000000000041" firstX="1" firstY="1" secondX="50" secondY="50"><Coding guid="14000000-0000-4000-8000-000000000041"><CodeRef targetGUID="11000000-0000-4000-8000-000000000002"/></Coding></PictureSelection>
    </PictureSource>
    <AudioSource guid="15000000-0000-4000-8000-000000000004" name="Focus group.m4a" path="relative:///audio/focus-group.m4a"/>
    <VideoSource guid="15000000-0000-4000-8000-000000000005" name="Lesson.mp4" path="absolute:///C:/Data/Lesson.mp4">
      <Transcript guid="15000000-0000-4000-8000-000000000006" name="Lesson transcript"><PlainTextContent>Tutor: Open your books at page ten.</PlainTextContent></Transcript>
      <VideoSelection guid="13000000-0000-4000-8000-000000000051" begin="1000" end="5000"><Coding guid="14000000-0000-4000-8000-000000000051"><CodeRef targetGUID="11000000-0000-4000-8000-000000000001"/></Coding></VideoSelection>
    </VideoSource>
  </Sources>
</Project>
`;

describe('a .qdpx as ATLAS.ti writes it', () => {
  const bytes = zip({
    'project.qde': ATLAS_QDE,
    'sources/12000000-0000-4000-8000-000000000001.txt': TEXT_C,
    'sources/15000000-0000-4000-8000-000000000001.pdf': '%PDF-1.4 (not a real PDF; never read)',
    'sources/15000000-0000-4000-8000-000000000002.txt': 'Evaluation summary.\nTargets met.',
    'sources/15000000-0000-4000-8000-000000000003.png': 'not a real picture',
  });

  it('imports the text it can code, at the right characters, and keeps empty selections empty', async () => {
    const { store } = await importFile(bytes, 'mentoring.qdpx');
    expect(codedTexts(store)).toEqual([
      'Claire Bennett.docx | Practice::Observing | Nobody graded anything',
      'Claire Bennett.docx | Practice::Observing | We observed each other',
      'Claire Bennett.docx | Practice::Paperwork | the shared form',
      'Evaluation.pdf | Outcomes | Evaluation summary.',
      'Final report summary | Outcomes | ',
      'Final report summary | Outcomes | met its targets',
    ]);
    const empty = listCodingDetails(store).find((c) => c.text === '');
    expect([empty?.start, empty?.end]).toEqual([84, 84]);
    expect(listSources(store).map((s) => s.name).sort()).toEqual(['Claire Bennett.docx', 'Evaluation.pdf', 'Final report summary', 'Lesson.mp4 - transcript']);
    // codes without any colour all get one
    expect(listNodes(store).every((n) => /^#[0-9a-f]{6}$/.test(n.color))).toBe(true);
  });

  it('keeps PDF, picture, audio and video sources as references and lists what of them did not come', async () => {
    const { store, report } = await importFile(bytes, 'mentoring.qdpx');
    const refs = store.db.prepare('SELECT kind, name, path, note FROM exchange_references ORDER BY name').all();
    expect(refs).toEqual([
      { kind: 'pdf', name: 'Evaluation.pdf', path: 'internal://15000000-0000-4000-8000-000000000001.pdf', note: 'Not imported: 1 region selection with 1 coding.' },
      { kind: 'audio', name: 'Focus group.m4a', path: 'relative:///audio/focus-group.m4a', note: '' },
      { kind: 'video', name: 'Lesson.mp4', path: 'absolute:///C:/Data/Lesson.mp4', note: 'Not imported: 1 time selection with 1 coding.' },
      { kind: 'picture', name: 'Seating plan.png', path: 'internal://15000000-0000-4000-8000-000000000003.png', note: 'Not imported: 1 region selection with 1 coding.' },
    ]);
    const left = Object.fromEntries(report.leftOut.map((l) => [l.what, l]));
    expect(left['Sources whose text is missing']?.count).toBe(1);
    expect(left['Sources whose text is missing']?.examples[0]).toContain('Lost interview');
    expect(left['Coded regions of PDF, picture, audio and video sources']?.count).toBe(3);
    expect(report.sources.find((s) => s.name === 'Lost interview')?.status).toBe('missing');
    expect(report.sources.find((s) => s.name === 'Claire Bennett.docx')?.positions).toBe('line breaks (CRLF) counted as one position');
    expect(report.notes.join(' ')).toContain('1 zero-length selection is kept as an empty coding at its place');
  });
});

// MAXQDA: document variables on a nameless case that points at one source, and a
// marked passage with a comment but no code (it becomes a memo on the source).
const TEXT_M = 'Interviewer: What did the project change?\nImran Shah: Our tutors now plan together on Fridays.\n';
const MAXQDA_QDE = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Community learning" origin="MAXQDA 2022 (hand-built test file)">
  <CodeBook><Codes><Code guid="21000000-0000-4000-8000-000000000001" name="Planning together" isCodable="true" color="#336699"/></Codes></CodeBook>
  <Variables>
    <Variable guid="22000000-0000-4000-8000-000000000001" name="Interview round" typeOfVariable="Integer"/>
    <Variable guid="22000000-0000-4000-8000-000000000002" name="Site" typeOfVariable="Text"/>
  </Variables>
  <Cases>
    <Case guid="23000000-0000-4000-8000-000000000001">
      <VariableValue><VariableRef targetGUID="22000000-0000-4000-8000-000000000001"/><IntegerValue>2</IntegerValue></VariableValue>
      <VariableValue><VariableRef targetGUID="22000000-0000-4000-8000-000000000002"/><TextValue>Northgate centre</TextValue></VariableValue>
      <SourceRef targetGUID="24000000-0000-4000-8000-000000000001"/>
    </Case>
  </Cases>
  <Sources>
    <TextSource guid="24000000-0000-4000-8000-000000000001" name="Imran Shah" plainTextPath="internal://24000000-0000-4000-8000-000000000001.txt">
      <PlainTextSelection guid="25000000-0000-4000-8000-000000000001" name="" startPosition="54" endPosition="82"><Coding guid="26000000-0000-4000-8000-000000000001"><CodeRef targetGUID="21000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="25000000-0000-4000-8000-000000000002" name="" startPosition="83" endPosition="93"><Description>Fridays are the only free afternoon.</Description></PlainTextSelection>
    </TextSource>
  </Sources>
</Project>`;

describe('what an import of another program\'s file exports again', () => {
  it('validates against Project.xsd and still lists the media references, with external paths only', async () => {
    const bytes = zip({
      'project.qde': ATLAS_QDE,
      'sources/12000000-0000-4000-8000-000000000001.txt': TEXT_C,
      'sources/15000000-0000-4000-8000-000000000002.txt': 'Evaluation summary.\nTargets met.',
    });
    const { store } = await importFile(bytes, 'mentoring.qdpx');
    const xml = projectQdeXml(store);
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: xml }], schema: [readFileSync(join(import.meta.dirname, '../../../shared/refi-qda/Project.xsd'), 'utf8')] });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(xml).toContain('<AudioSource guid="15000000-0000-4000-8000-000000000004" name="Focus group.m4a" path="relative:///audio/focus-group.m4a"');
    // the picture's bytes were never kept, so its internal path is not written back
    expect(xml).toMatch(/<PictureSource guid="15000000-0000-4000-8000-000000000003" name="Seating plan.png"\/?>/);
  });
});

describe('a .qdpx as MAXQDA writes it', () => {
  const bytes = zip({ 'project.qde': MAXQDA_QDE, 'sources/24000000-0000-4000-8000-000000000001.txt': TEXT_M });

  it('gives document variables to their source and keeps an uncoded comment as a source memo', async () => {
    const { store } = await importFile(bytes, 'community.qdpx');
    expect(codedTexts(store)).toEqual(['Imran Shah | Planning together | Our tutors now plan together']);
    expect(listCases(store)).toEqual([]);
    const values = store.db
      .prepare('SELECT a.applies_to, a.name, v.value FROM source_attribute_values v JOIN attributes a ON a.id = v.attribute_id ORDER BY a.name')
      .all();
    expect(values).toEqual([
      { applies_to: 'source', name: 'Interview round', value: '2' },
      { applies_to: 'source', name: 'Site', value: 'Northgate centre' },
    ]);
    const memo = listMemos(store).find((m) => m.targetKind === 'source');
    expect(memo?.plainText).toContain('Fridays are the only free afternoon.');
    // the comment keeps its passage (an annotation) and is titled by it
    expect(memo?.title).toContain('"on Fridays"');
    const text = Array.from(getSource(store, memo?.targetId ?? 0).text);
    expect(text.slice(memo?.range?.start ?? 0, memo?.range?.end ?? 0).join('')).toBe('on Fridays');
  });
});

// QualCoder-style file whose text mixes emoji (astral code points and a skin-tone
// modifier), decomposed accents (NFC composes them) and CRLF counted as two.
const TEXT_E = 'Zoe\u0308 Marsh: Thanks \u{1F44B}\u{1F3FD} for coming.\r\nZoe\u0308 Marsh: The cafe\u0301 meeting was nai\u0308ve but useful.\r\n';

describe('code points, NFC and CRLF', () => {
  const qde = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Unicode" origin="QualCoder 3.5 (hand-built test file)">
  <CodeBook><Codes><Code guid="31000000-0000-4000-8000-000000000001" name="Warmth" isCodable="true" color="#ff0000"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="32000000-0000-4000-8000-000000000001" name="Zoë Marsh" plainTextPath="internal://32000000-0000-4000-8000-000000000001.txt">
      <PlainTextSelection guid="33000000-0000-4000-8000-000000000001" name="Zoë Marsh" startPosition="0" endPosition="10"><Coding guid="34000000-0000-4000-8000-000000000001"><CodeRef targetGUID="31000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="33000000-0000-4000-8000-000000000002" name="Thanks 👋🏽 for coming" startPosition="12" endPosition="32"><Coding guid="34000000-0000-4000-8000-000000000002"><CodeRef targetGUID="31000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="33000000-0000-4000-8000-000000000003" name="café meeting" startPosition="51" endPosition="64"><Coding guid="34000000-0000-4000-8000-000000000003"><CodeRef targetGUID="31000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="33000000-0000-4000-8000-000000000004" name="naïve but useful" startPosition="69" endPosition="86"><Coding guid="34000000-0000-4000-8000-000000000004"><CodeRef targetGUID="31000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
    </TextSource>
  </Sources>
</Project>`;

  it('lands each coding on the same characters in the canonical (NFC, LF) text', async () => {
    const { store } = await importFile(zip({ 'project.qde': qde, 'sources/32000000-0000-4000-8000-000000000001.txt': TEXT_E }), 'unicode.qdpx');
    const codings = listCodingDetails(store).sort((a, b) => a.start - b.start);
    expect(codings.map((c) => c.text)).toEqual(['Zo\u00eb Marsh', 'Thanks \u{1F44B}\u{1F3FD} for coming', 'caf\u00e9 meeting', 'na\u00efve but useful']);
    // positions are code points of the canonical text: the emoji counts two, é and ë one each
    expect(codings.map((c) => [c.start, c.end])).toEqual([
      [0, 9],
      [11, 31],
      [48, 60],
      [65, 81],
    ]);
  });
});
