import type pg from "pg";
import type { ReadRequest } from "../../reads/read-request.js";
import { type PlannedStatement, type Row, readPlan } from "../read-plan.js";
import { POSTGRES_SEARCH } from "../search-condition.js";
import { type Statement, statementOf } from "../statement.js";

/** A statement prepared by name on each connection that runs it. */
interface NamedStatement {
  name: string;
  text: string;
}

/** Every SQL text gets one name, the same on every connection: pg refuses a name reused. */
const named = new Map<string, NamedStatement>();

/**
 * Runs a read's SQL straight through `pg` on one connection, each statement
 * prepared once by name and then only bound and run: what the server would
 * cost if nothing but the database stood between a request and its rows.
 */
export class PostgresStoreReader {
  #trace: Statement[] | undefined;

  constructor(
    private readonly client: pg.Client,
    private readonly userName: string,
  ) {}

  /** The statements of one request, the user's lookup first; the number of items loaded. */
  async read(request: ReadRequest): Promise<number> {
    const plan = readPlan(POSTGRES_SEARCH, this.userName, request);
    let step = plan.next([]);
    while (!step.done) step = plan.next(await this.#run(step.value));
    return step.value;
  }

  /** Reads as `read` does, and returns the statements it ran, with their values. */
  async readTraced(request: ReadRequest): Promise<Statement[]> {
    const trace: Statement[] = [];
    this.#trace = trace;
    try {
      await this.read(request);
    } finally {
      this.#trace = undefined;
    }
    return trace;
  }

  async #run({ sql, values }: PlannedStatement): Promise<Row[]> {
    const { name, text } = statementNamed(sql);
    this.#trace?.push(statementOf(text, values));
    const result = await this.client.query<Row>({ name, text, values });
    return result.rows;
  }
}

function statementNamed(sql: string): NamedStatement {
  let statement = named.get(sql);
  if (statement === undefined) {
    statement = { name: `flextory_bench_${named.size + 1}`, text: numbered(sql) };
    named.set(sql, statement);
  }
  return statement;
}

/** `?` as PostgreSQL's `$1`, `$2`…, in order; the bench's SQL has no `?` inside a string. */
export function numbered(sql: string): string {
  let count = 0;
  return sql.replaceAll("?", () => `$${++count}`);
}
