// The statements of the FTS5 tokenizer probe (fts-probe.ts), on an in-memory database of
// its own: a contentless FTS5 table with the tokenizer under test, and its vocabulary.
import Database from 'better-sqlite3';
import { defineQueries, rows, writes } from '../db/query-layer.ts';

const probeQueries = defineQueries({
  insert: writes<[rowid: number, text: string]>('INSERT INTO probe (rowid, text) VALUES (?, ?)'),
  // read in raw mode only: [doc, term]
  terms: rows<[doc: number, term: string]>('SELECT doc, term FROM probe_vocab ORDER BY doc, offset'),
});

// A fresh in-memory database with the probe's tables for a tokenizer ("unicode61 remove_diacritics 2").
export function openProbe(tokenize: string): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE probe USING fts5(text, content = '', contentless_delete = 1, tokenize = '${tokenize.replace(/'/g, "''")}');
           CREATE VIRTUAL TABLE probe_vocab USING fts5vocab(probe, instance);`);
  return db;
}

// Writes every text as a document of the probe (rowid = its key), in one transaction.
export function insertProbeTexts(db: Database.Database, texts: Iterable<[rowid: number, text: string]>): void {
  const insert = probeQueries(db).insert;
  db.transaction(() => {
    for (const [rowid, text] of texts) insert.run(rowid, text);
  })();
}

// The terms FTS5 made of each document, in document and position order.
export function probeTerms(db: Database.Database): IterableIterator<[doc: number, term: string]> {
  return probeQueries(db).terms.raw().iterate();
}
