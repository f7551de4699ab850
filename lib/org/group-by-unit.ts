/** Groups options by their unit's name (for <optgroup>s), keeping the given order. */
export function groupByUnit<T extends { unitName: string }>(items: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.unitName, [...(groups.get(item.unitName) ?? []), item]);
  return [...groups.entries()];
}
