/**
 * A small reader for the parts of schema.prisma that decide the database shape:
 * models, scalar/enum fields with optionality, lists and @db types, and enums.
 */
export interface ParsedField {
  name: string;
  type: string;
  optional: boolean;
  list: boolean;
  dbType?: string;
}
export interface ParsedSchema {
  models: Map<string, ParsedField[]>;
  enums: Map<string, string[]>;
}

const SCALARS = new Set(["String", "Int", "BigInt", "Boolean", "DateTime", "Json", "Float", "Decimal", "Bytes"]);

export function parsePrismaSchema(source: string): ParsedSchema {
  const models = new Map<string, ParsedField[]>();
  const enums = new Map<string, string[]>();
  const blocks = source.matchAll(/^(model|enum)\s+(\w+)\s*\{([\s\S]*?)^\}/gm);
  const rawModels: [string, string][] = [];
  for (const [, kind, name, body] of blocks) {
    if (kind === "enum") {
      enums.set(
        name,
        body
          .split("\n")
          .map((line) => line.trim())
          .filter((line) => /^\w+$/.test(line)),
      );
    } else {
      rawModels.push([name, body]);
    }
  }
  for (const [name, body] of rawModels) {
    const fields: ParsedField[] = [];
    for (const rawLine of body.split("\n")) {
      const line = rawLine.replace(/\/\/.*$/, "").trim();
      const match = line.match(/^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/);
      if (!match) continue;
      const [, fieldName, type, list, optional, rest] = match;
      if (!SCALARS.has(type) && !enums.has(type)) continue; // relation field
      fields.push({ name: fieldName, type, list: Boolean(list), optional: Boolean(optional), dbType: rest.match(/@db\.(\w+)/)?.[1] });
    }
    models.set(name, fields);
  }
  return { models, enums };
}

/** The PostgreSQL type Prisma creates for a field, as information_schema reports it (udt_name). */
export function expectedUdtName(field: ParsedField, enums: Map<string, string[]>): string {
  const base = enums.has(field.type)
    ? field.type
    : (
        {
          String: field.dbType === "Uuid" ? "uuid" : "text",
          Int: "int4",
          BigInt: "int8",
          Boolean: "bool",
          DateTime: field.dbType === "Date" ? "date" : "timestamp",
          Json: "jsonb",
          Float: "float8",
          Decimal: "numeric",
          Bytes: "bytea",
        } as Record<string, string>
      )[field.type];
  return field.list ? `_${base}` : base;
}
