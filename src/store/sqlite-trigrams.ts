import { type Expression, type Kysely, type SqlBool, sql } from "kysely";

/** A folded text column with a trigram index beside it. */
export interface TrigramTarget {
  /** The FTS5 table that indexes the column. */
  index: "item_trigrams" | "attribute_trigrams";
  table: "items" | "attributes";
  column: "name_folded" | "value_folded";
}

export const ITEM_NAMES: TrigramTarget = {
  index: "item_trigrams",
  table: "items",
  column: "name_folded",
};

export const ATTRIBUTE_VALUES: TrigramTarget = {
  index: "attribute_trigrams",
  table: "attributes",
  column: "value_folded",
};

/** FTS5's trigram tokenizer indexes runs of three characters; shorter runs it cannot find. */
export const TRIGRAM = 3;

/**
 * An FTS5 trigram table over the column, kept in step by triggers. It holds
 * no copy of the text (`content=` points at the table), only the trigrams.
 */
export async function createTrigramIndex(db: Kysely<unknown>, target: TrigramTarget) {
  const { index, table, column } = target;
  const [ix, tb, col] = [sql.id(index), sql.id(table), sql.id(column)];
  await sql`create virtual table ${ix} using fts5(${col}, content=${sql.lit(table)},
    content_rowid='id', tokenize='trigram case_sensitive 1')`.execute(db);
  await sql`insert into ${ix}(rowid, ${col}) select id, ${col} from ${tb}`.execute(db);

  const insertNew = sql`insert into ${ix}(rowid, ${col}) values (new.id, new.${col})`;
  const deleteOld = sql`insert into ${ix}(${ix}, rowid, ${col})
    values ('delete', old.id, old.${col})`;
  await sql`create trigger ${sql.id(`${index}_insert`)} after insert on ${tb}
    begin ${insertNew}; end`.execute(db);
  await sql`create trigger ${sql.id(`${index}_delete`)} after delete on ${tb}
    begin ${deleteOld}; end`.execute(db);
  await sql`create trigger ${sql.id(`${index}_update`)} after update of ${col} on ${tb}
    begin ${deleteOld}; ${insertNew}; end`.execute(db);
}

/**
 * A condition that narrows a row id to rows whose text holds every run of
 * three or more characters, through the trigram index; undefined when no
 * run is that long and the index cannot help.
 */
export function trigramFilter(
  target: TrigramTarget,
  runs: readonly string[],
): ((rowId: Expression<number>) => Expression<SqlBool>) | undefined {
  const long = runs.filter((run) => [...run].length >= TRIGRAM);
  if (long.length === 0) return undefined;
  const query = long.map((run) => `"${run.replaceAll('"', '""')}"`).join(" AND ");
  const ix = sql.id(target.index);
  return (rowId) => sql<SqlBool>`${rowId} in (select rowid from ${ix} where ${ix} match ${query})`;
}
