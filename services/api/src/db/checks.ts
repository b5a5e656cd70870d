/**
 * CHECK constraints written from the @cep/shared lists they guard, for the entities to declare. A
 * migration wrote each one; `db/__tests__/schema.test.ts` proves that the database's constraint
 * still allows exactly the list's values, so a new state cannot ship without its migration.
 */
export function oneOf(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`;
}
