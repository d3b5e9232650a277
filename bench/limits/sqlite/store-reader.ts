import SqliteDatabase from "better-sqlite3";
import type { ReadRequest } from "../../reads/read-request.js";
import { type PlannedStatement, type Row, readPlan } from "../read-plan.js";
import { SQLITE_SEARCH } from "../search-condition.js";
import { type Statement, statementOf } from "../statement.js";

/**
 * Runs a read's SQL straight through better-sqlite3 prepared statements,
 * on a read-only connection to the store's file: what the server would cost
 * if nothing but the database stood between a request and its rows.
 */
export class StoreReader {
  readonly #db: SqliteDatabase.Database;
  readonly #statements = new Map<string, SqliteDatabase.Statement>();
  #trace: Statement[] | undefined;

  constructor(
    file: string,
    private readonly userName: string,
  ) {
    this.#db = new SqliteDatabase(file, { readonly: true });
  }

  /** The statements of one request, the user's lookup first; the number of items loaded. */
  read(request: ReadRequest): number {
    const plan = readPlan(SQLITE_SEARCH, this.userName, request);
    let step = plan.next([]);
    while (!step.done) step = plan.next(this.#run(step.value));
    return step.value;
  }

  /** Reads as `read` does, and returns the statements it ran, with their values. */
  readTraced(request: ReadRequest): Statement[] {
    const trace: Statement[] = [];
    this.#trace = trace;
    try {
      this.read(request);
    } finally {
      this.#trace = undefined;
    }
    return trace;
  }

  close(): void {
    this.#db.close();
  }

  #run({ sql, values, one }: PlannedStatement): Row[] {
    this.#trace?.push(statementOf(sql, values));
    const statement = this.#statement(sql);
    if (!one) return statement.all(...values) as Row[];
    const row = statement.get(...values) as Row | undefined;
    return row === undefined ? [] : [row];
  }

  #statement(sql: string): SqliteDatabase.Statement {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}
