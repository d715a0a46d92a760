/** Kinds of issuing body; they decide which content the law asks for (Art. 50) and whether 规章 is possible. */
export const UNIT_KINDS = [
  { id: 'township', label: '乡镇/街道', isGovernment: true, canMakeRules: false },
  { id: 'countyGov', label: '县级人民政府', isGovernment: true, canMakeRules: false },
  { id: 'countyDept', label: '县级部门', isGovernment: false, canMakeRules: false },
  { id: 'city', label: '设区的市人民政府/部门', isGovernment: true, canMakeRules: true },
  { id: 'province', label: '省级', isGovernment: true, canMakeRules: true },
  { id: 'other', label: '其他', isGovernment: false, canMakeRules: true },
] as const;

export type UnitKind = (typeof UNIT_KINDS)[number]['id'];
export const UNIT_KIND_IDS = UNIT_KINDS.map((k) => k.id) as [UnitKind, ...UnitKind[]];

export function unitKindLabel(kind: UnitKind): string {
  return UNIT_KINDS.find((k) => k.id === kind)?.label ?? kind;
}

/** Accepts the id or the Chinese label (CLI `--kind 乡镇/街道`). */
export function parseUnitKind(text: string): UnitKind | undefined {
  const t = text.trim();
  return UNIT_KINDS.find((k) => k.id === t || k.label === t || k.label.split('/').includes(t))?.id;
}
