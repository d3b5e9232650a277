import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
} from "kysely";
import type { Pattern } from "../domain/pattern.js";
import { insertAccountRows, rowsAfterId } from "./account-rows.js";
import { chunked } from "./chunks.js";
import type { StoreDialect } from "./dialect.js";
import type { Database, ItemTable } from "./schema.js";
import { matchesPattern } from "./sql-pattern.js";

/** Search filters, joined by AND; a filter left undefined does not apply. */
export interface ItemFilter {
  /** An id, or null for items without one. */
  typeId?: number | null;
  categoryId?: number | null;
  name?: Pattern;
  /** Each must match some attribute value of the item. */
  attributeValues?: Pattern[];
  /** The item has an attribute with this folded title whose value matches. */
  attributePairs?: Array<{ titleFolded: string; value: Pattern }>;
  /** `YYYY-MM-DD HH:MM:SS`; items changed at or after. */
  modifiedSince?: string;
}

export interface ItemPage {
  /** Start after this id instead of skipping `offset` rows. */
  afterId?: number;
  offset: number;
  limit: number;
}

export type ItemRow = Omit<ItemTable, "id"> & { id: number };

export interface ItemRowWithNames extends ItemRow {
  type_name: string | null;
  category_name: string | null;
}

type ItemsQuery = SelectQueryBuilder<Database, "items", object>;
type ItemsBuilder = ExpressionBuilder<Database, "items">;

/** Items of one account; every method takes the account. */
export class ItemStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  /** The ids of one page of matches, ascending, and the count of all matches. */
  async search(
    accountId: number,
    filter: ItemFilter,
    page: ItemPage,
  ): Promise<{ total: number; ids: number[] }> {
    const counted = await this.filtered(accountId, filter)
      .select((eb) => eb.fn.countAll<number | string>().as("total"))
      .executeTakeFirstOrThrow();
    return { total: Number(counted.total), ids: await this.ids(accountId, filter, page) };
  }

  /**
   * The ids of one page of matches, ascending, without counting them all:
   * for a walk through every item, where a count on each page would make
   * the walk grow with the square of the items.
   */
  async ids(accountId: number, filter: ItemFilter, page: ItemPage): Promise<number[]> {
    let paged = this.filtered(accountId, filter).select("id").orderBy("id").limit(page.limit);
    if (page.afterId !== undefined) paged = paged.where("id", ">", page.afterId);
    else if (page.offset > 0) paged = paged.offset(page.offset);
    const rows = await paged.execute();
    return rows.map((row) => row.id);
  }

  /** Rows with their type and category names, ascending by id. */
  async rows(accountId: number, ids: readonly number[]): Promise<ItemRowWithNames[]> {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom("items")
      .leftJoin("item_types as t", (join) =>
        join.onRef("t.account_id", "=", "items.account_id").onRef("t.id", "=", "items.type_id"),
      )
      .leftJoin("categories as c", (join) =>
        join.onRef("c.account_id", "=", "items.account_id").onRef("c.id", "=", "items.category_id"),
      )
      .selectAll("items")
      .select(["t.name as type_name", "c.name as category_name"])
      .where("items.account_id", "=", accountId)
      .where("items.id", "in", ids)
      .orderBy("items.id")
      .execute();
  }

  async row(accountId: number, id: number): Promise<ItemRow | undefined> {
    return this.db
      .selectFrom("items")
      .selectAll()
      .where("account_id", "=", accountId)
      .where("id", "=", id)
      .executeTakeFirst();
  }

  async idByBarcode(accountId: number, barcode: string): Promise<number | undefined> {
    const row = await this.db
      .selectFrom("items")
      .select("id")
      .where("account_id", "=", accountId)
      .where("barcode", "=", barcode)
      .executeTakeFirst();
    return row?.id;
  }

  /** Which of `ids` the account has. */
  async existing(accountId: number, ids: readonly number[]): Promise<Set<number>> {
    const found = new Set<number>();
    for (const chunk of chunked(ids)) {
      const rows = await this.db
        .selectFrom("items")
        .select("id")
        .where("account_id", "=", accountId)
        .where("id", "in", chunk)
        .execute();
      for (const row of rows) found.add(row.id);
    }
    return found;
  }

  async insert(row: Omit<ItemRow, "id">): Promise<number> {
    const inserted = await this.db
      .insertInto("items")
      .values(row)
      .returning("id")
      .executeTakeFirstOrThrow();
    return inserted.id;
  }

  /** Up to `limit` items of the account with ids above `afterId`, by id, as stored. */
  async rowsAfter(
    accountId: number,
    afterId: number | undefined,
    limit: number,
  ): Promise<ItemRow[]> {
    return rowsAfterId(this.db, "items", accountId, afterId, limit);
  }

  /** Writes items of the account as they are, ids, dates and versions included. */
  async insertRows(accountId: number, rows: readonly ItemRow[]): Promise<void> {
    await insertAccountRows(this.db, "items", accountId, rows);
  }

  async update(
    accountId: number,
    id: number,
    fields: Partial<Omit<ItemRow, "id" | "account_id">>,
  ): Promise<void> {
    await this.db
      .updateTable("items")
      .set(fields)
      .where("account_id", "=", accountId)
      .where("id", "=", id)
      .execute();
  }

  /** Marks items as changed: a new version and modification date. */
  async touch(accountId: number, ids: readonly number[], now: string): Promise<void> {
    for (const chunk of chunked(ids)) {
      await this.db
        .updateTable("items")
        .set((eb) => ({ version: eb("version", "+", 1), date_modified: now }))
        .where("account_id", "=", accountId)
        .where("id", "in", chunk)
        .execute();
    }
  }

  /** Removes the item; its attributes and links go with it. */
  async remove(accountId: number, id: number): Promise<void> {
    await this.db
      .deleteFrom("items")
      .where("account_id", "=", accountId)
      .where("id", "=", id)
      .execute();
  }

  private filtered(accountId: number, filter: ItemFilter): ItemsQuery {
    const name = filter.name === undefined ? undefined : this.narrowed("itemNames", filter.name);
    let query: ItemsQuery = this.db
      .selectFrom("items")
      .where((eb) => accountIs(eb.ref("items.account_id"), accountId, name?.indexed ?? false));
    if (filter.typeId !== undefined) query = whereIdOrNull(query, "type_id", filter.typeId);
    if (filter.categoryId !== undefined) {
      query = whereIdOrNull(query, "category_id", filter.categoryId);
    }
    if (name !== undefined) {
      query = query.where((eb) => name.test(eb.ref("items.id"), eb.ref("name_folded")));
    }
    if (filter.modifiedSince !== undefined) {
      query = query.where("date_modified", ">=", filter.modifiedSince);
    }
    const attributeTests = [
      ...(filter.attributeValues ?? []).map((value) => ({ titleFolded: undefined, value })),
      ...(filter.attributePairs ?? []),
    ];
    if (attributeTests.length > 0) {
      query = query.where((eb) =>
        allOf(
          eb,
          attributeTests.map((test) =>
            hasAttribute(
              eb,
              accountId,
              test.titleFolded,
              this.narrowed("attributeValues", test.value),
            ),
          ),
        ),
      );
    }
    return query;
  }

  /**
   * The pattern's test, narrowed first through a substring index where the
   * store has one and the pattern starts with `*`; a pattern with a leading
   * literal has its ordered index range already.
   */
  private narrowed(target: "itemNames" | "attributeValues", pattern: Pattern): PatternCondition {
    const index =
      pattern.kind === "like" && pattern.prefix === ""
        ? this.dialect.substringFilter(target, pattern.runs)
        : undefined;
    const indexedLength =
      target === "attributeValues" ? this.dialect.indexedValueLength : undefined;
    const test = (rowId: Expression<number>, column: Expression<string>) => {
      const matches = matchesPattern(column, pattern, indexedLength);
      return index === undefined ? matches : sql<SqlBool>`(${index(rowId)} and ${matches})`;
    };
    return { indexed: index !== undefined, test };
  }
}

/** A pattern's test on a row, given the row's id and its folded text. */
interface PatternCondition {
  /** Whether the test goes through a substring index. */
  indexed: boolean;
  test(rowId: Expression<number>, column: Expression<string>): Expression<SqlBool>;
}

/**
 * The row belongs to the account. Where a substring index narrows the rows,
 * the `+` keeps SQLite from scanning the account's whole index instead (it
 * changes nothing elsewhere): found by the index, a few rows are checked.
 */
function accountIs(
  column: Expression<number>,
  accountId: number,
  indexed: boolean,
): Expression<SqlBool> {
  return indexed ? sql<SqlBool>`+${column} = ${accountId}` : sql<SqlBool>`${column} = ${accountId}`;
}

/** `= id`, or `is null`: portable, where `is 5` is not. */
function whereIdOrNull(
  query: ItemsQuery,
  column: "type_id" | "category_id",
  id: number | null,
): ItemsQuery {
  return id === null ? query.where(column, "is", null) : query.where(column, "=", id);
}

/**
 * Conditions joined by AND as a balanced tree. SQLite refuses an expression
 * deeper than 1000, and a chain of a thousand ANDs is that deep.
 */
function allOf(eb: ItemsBuilder, conditions: Array<Expression<SqlBool>>): Expression<SqlBool> {
  if (conditions.length <= 1) return eb.and(conditions);
  const half = Math.ceil(conditions.length / 2);
  return eb.and([allOf(eb, conditions.slice(0, half)), allOf(eb, conditions.slice(half))]);
}

/**
 * The item has a matching attribute. The subquery does not refer to the
 * item, so the database runs it once for the whole search, not once an
 * item: many patterns cost their sum, not their product.
 */
function hasAttribute(
  eb: ItemsBuilder,
  accountId: number,
  titleFolded: string | undefined,
  value: PatternCondition,
) {
  let attributes = eb
    .selectFrom("attributes as a")
    .select("a.item_id")
    .where((inner) => accountIs(inner.ref("a.account_id"), accountId, value.indexed));
  if (titleFolded !== undefined) attributes = attributes.where("a.title_folded", "=", titleFolded);
  const matching = attributes.where((inner) =>
    value.test(inner.ref("a.id"), inner.ref("a.value_folded")),
  );
  return eb("items.id", "in", matching);
}
