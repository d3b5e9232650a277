import { type Kysely, sql } from "kysely";
import type { StoreDialect } from "../dialect.js";

/**
 * The first schema. Every table of account data carries `account_id` and
 * leads each of its keys with it, so that accounts can be spread over
 * machines; `users` is the one server-wide table.
 */
export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  const folded = dialect.foldedText;

  await dialect
    .addIdColumn(db.schema.createTable("accounts"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_folded", "text", (c) => folded(c.notNull().unique()))
    .addColumn("suspended", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable("users"))
    .addColumn("account_id", "integer", (c) => c.notNull().references("accounts.id"))
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("name_folded", "text", (c) => folded(c.notNull().unique()))
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("private_key", "text", (c) => c.notNull())
    .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  for (const table of ["item_types", "categories"] as const) {
    await dialect
      .addIdColumn(db.schema.createTable(table))
      .addColumn("account_id", "integer", (c) => c.notNull().references("accounts.id"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("name_folded", "text", (c) => folded(c.notNull()))
      .addUniqueConstraint(`${table}_account_id_key`, ["account_id", "id"])
      .addUniqueConstraint(`${table}_account_name_key`, ["account_id", "name_folded"])
      .execute();
  }

  await dialect
    .addIdColumn(db.schema.createTable("items"))
    .addColumn("account_id", "integer", (c) => c.notNull().references("accounts.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_folded", "text", (c) => folded(c.notNull()))
    .addColumn("barcode", "text")
    .addColumn("type_id", "integer")
    .addColumn("category_id", "integer")
    .addColumn("date_added", "text", (c) => c.notNull())
    .addColumn("date_modified", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("items_account_id_key", ["account_id", "id"])
    .addUniqueConstraint("items_account_barcode_key", ["account_id", "barcode"])
    .addForeignKeyConstraint("items_type_fk", ["account_id", "type_id"], "item_types", [
      "account_id",
      "id",
    ])
    .addForeignKeyConstraint("items_category_fk", ["account_id", "category_id"], "categories", [
      "account_id",
      "id",
    ])
    .execute();

  await dialect
    .addRowIdColumn(db.schema.createTable("attributes"))
    .addColumn("account_id", "integer", (c) => c.notNull())
    .addColumn("item_id", "integer", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("title_folded", "text", (c) => folded(c.notNull()))
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("value_folded", "text", (c) => folded(c.notNull()))
    .addUniqueConstraint("attributes_title_key", ["account_id", "item_id", "title_folded"])
    .addForeignKeyConstraint(
      "attributes_item_fk",
      ["account_id", "item_id"],
      "items",
      ["account_id", "id"],
      (fk) => fk.onDelete("cascade"),
    )
    .execute();

  await db.schema
    .createTable("links")
    .addColumn("account_id", "integer", (c) => c.notNull())
    .addColumn("item_id", "integer", (c) => c.notNull())
    .addColumn("linked_id", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("links_pkey", ["account_id", "item_id", "linked_id"])
    .addForeignKeyConstraint(
      "links_item_fk",
      ["account_id", "item_id"],
      "items",
      ["account_id", "id"],
      (fk) => fk.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "links_linked_fk",
      ["account_id", "linked_id"],
      "items",
      ["account_id", "id"],
      (fk) => fk.onDelete("cascade"),
    )
    .execute();

  await createIndexes(db);
  await createValueIndexes(db, dialect);
}

async function createIndexes(db: Kysely<unknown>): Promise<void> {
  const indexes: Array<[string, string, string[]]> = [
    ["users_account_idx", "users", ["account_id"]],
    ["items_name_idx", "items", ["account_id", "name_folded", "id"]],
    ["items_type_idx", "items", ["account_id", "type_id", "id"]],
    ["items_category_idx", "items", ["account_id", "category_id", "id"]],
    ["items_modified_idx", "items", ["account_id", "date_modified"]],
    ["attributes_order_idx", "attributes", ["account_id", "item_id", "position"]],
    ["links_linked_idx", "links", ["account_id", "linked_id"]],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}

/** Indexes on values hold as much of each value as the database allows (see the dialect). */
async function createValueIndexes(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  const length = dialect.indexedValueLength;
  const value =
    length === undefined ? sql`value_folded` : sql`left(value_folded, ${sql.lit(length)})`;
  await sql`create index attributes_value_idx on attributes (account_id, ${value})`.execute(db);
  await sql`create index attributes_pair_idx
    on attributes (account_id, title_folded, ${value})`.execute(db);
}
