/** A statement as run: its SQL without identifier quotes or runs of space, and its values. */
export interface Statement {
  sql: string;
  values: string;
}

/** The form in which the bench's SQL and the store's compare equal when they mean the same. */
export function statementOf(sql: string, values: readonly unknown[]): Statement {
  return {
    sql: sql.replaceAll('"', "").replace(/\s+/g, " ").trim(),
    values: JSON.stringify(values),
  };
}

/** The first statement at which two runs differ, or undefined when they are the same. */
export function firstDifference(
  ours: readonly Statement[],
  theirs: readonly Statement[],
): { ours: Statement | undefined; theirs: Statement | undefined } | undefined {
  const length = Math.max(ours.length, theirs.length);
  for (let index = 0; index < length; index++) {
    const [a, b] = [ours[index], theirs[index]];
    if (a?.sql !== b?.sql || a?.values !== b?.values) return { ours: a, theirs: b };
  }
  return undefined;
}
