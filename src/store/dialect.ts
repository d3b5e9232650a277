import type {
  ColumnDefinitionBuilder,
  CreateTableBuilder,
  Expression,
  Kysely,
  SqlBool,
} from "kysely";

/**
 * What differs between the databases Flextory runs on, in one place. The
 * services never see it; the store and its migrations ask it.
 */
export interface StoreDialect {
  readonly name: "sqlite" | "postgres";
  /** Adds an `id` column that the database numbers itself, unique with the account. */
  addIdColumn<T extends string, C extends string>(
    table: CreateTableBuilder<T, C>,
  ): CreateTableBuilder<T, C | "id">;
  /** Adds an `id` column that only orders and names rows inside the store, never shown. */
  addRowIdColumn<T extends string, C extends string>(
    table: CreateTableBuilder<T, C>,
  ): CreateTableBuilder<T, C | "id">;
  /** A text column compared byte for byte (code point order), for folded text. */
  foldedText(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Builds the indexes that find text by a run it contains (see migration 0002). */
  createSubstringIndexes(db: Kysely<unknown>): Promise<void>;
  /**
   * A condition that narrows a search for `runs` (the literal parts of a
   * pattern) on items' names or attributes' values through such an index,
   * given the row's id; undefined where no index helps (runs too short, or
   * the database's own index serves `LIKE` as it is).
   */
  substringFilter(
    target: "itemNames" | "attributeValues",
    runs: readonly string[],
  ): ((rowId: Expression<number>) => Expression<SqlBool>) | undefined;
  /**
   * Open a transaction that will write, and take the store's write lock, so
   * that a transaction that reads and then writes sees no other writer in
   * between (SQLite's own lock; on PostgreSQL, an advisory lock).
   */
  beginStatements(waitMs: number): readonly string[];
  /** Opens a transaction that only reads, on one snapshot. */
  readonly snapshotStatement: string;
  /**
   * The longest leading part of an attribute value, in characters, that the
   * ordered value indexes hold; undefined where they hold all of it.
   */
  readonly indexedValueLength: number | undefined;
  /**
   * What an error says of the database itself: that it cannot be reached
   * now, or takes no writes (a replica); undefined for any other error.
   */
  faultOf(error: unknown): "unreachable" | "read-only" | undefined;
  /** Whether the database takes only reads now, as a streaming replica does. */
  isReadOnly(db: Kysely<unknown>): Promise<boolean>;
  /** Whether an error says another process holds a lock that this one waited for. */
  isBusy(error: unknown): boolean;
  /**
   * The schema the store's tables are made in, where the database has
   * schemas; undefined for SQLite.
   */
  currentSchema(db: Kysely<unknown>): Promise<string | undefined>;
  /**
   * After rows were written with the ids they had elsewhere (a copied
   * store), moves each table's id counter past its largest id, so that the
   * next row the database numbers gets a fresh id.
   */
  resetIdCounters(db: Kysely<unknown>): Promise<void>;
  /**
   * After many rows were written at once, has the database count them again
   * for its query planner, where it plans by such counts.
   */
  refreshStatistics(db: Kysely<unknown>): Promise<void>;
  /** Runs once after the database opens (pragmas, session settings). */
  prepare(db: Kysely<unknown>): Promise<void>;
}
