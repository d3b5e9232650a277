import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from "kysely";

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
  /** A text column compared byte for byte (code point order), for folded text. */
  foldedText(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Opens a transaction that will write. */
  readonly beginStatement: string;
  /** Opens a transaction that only reads, on one snapshot. */
  readonly snapshotStatement: string;
  /** Whether an error says another process holds a lock that this one waited for. */
  isBusy(error: unknown): boolean;
  /** Runs once after the database opens (pragmas, session settings). */
  prepare(db: Kysely<unknown>): Promise<void>;
}
