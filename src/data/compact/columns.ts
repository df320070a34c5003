/**
 * Column encoding for lists of records: one array per field instead of one object per record, and
 * strings that repeat (metric ids, units, place ids) stored once in a dictionary. Keeps a compiled
 * package small to download and quick to parse, without a format of our own to document byte by byte.
 */
export type Column = { dict: string[]; idx: number[] } | unknown[];

export function encodeColumn(values: readonly unknown[]): Column {
  if (values.length > 0 && values.every((v) => typeof v === "string")) {
    const dict: string[] = [];
    const index = new Map<string, number>();
    const idx = (values as string[]).map((v) => {
      let i = index.get(v);
      if (i === undefined) {
        i = dict.length;
        dict.push(v);
        index.set(v, i);
      }
      return i;
    });
    // A dictionary pays only when values repeat.
    if (dict.length < values.length / 2) return { dict, idx };
  }
  return [...values];
}

export function decodeColumn(column: Column, length: number): unknown[] {
  if (Array.isArray(column)) return column;
  const out = new Array<unknown>(length);
  for (let i = 0; i < length; i += 1) out[i] = column.dict[column.idx[i] ?? -1];
  return out;
}

/** Records → columns, field by field; `undefined` becomes null so that JSON keeps the position. */
export function toColumns<T extends object>(items: readonly T[], fields: readonly (keyof T & string)[]): { length: number; columns: Record<string, Column> } {
  const columns: Record<string, Column> = {};
  for (const field of fields) columns[field] = encodeColumn(items.map((item) => (item[field] === undefined ? null : item[field])));
  return { length: items.length, columns };
}

/** Columns → records, leaving out fields that were null, as the optional fields they were. */
export function fromColumns(table: { length: number; columns: Record<string, Column> }): Record<string, unknown>[] {
  const decoded = Object.entries(table.columns).map(([field, column]) => [field, decodeColumn(column, table.length)] as const);
  const records: Record<string, unknown>[] = [];
  for (let i = 0; i < table.length; i += 1) {
    const record: Record<string, unknown> = {};
    for (const [field, values] of decoded) {
      const value = values[i];
      if (value !== null && value !== undefined) record[field] = value;
    }
    records.push(record);
  }
  return records;
}
