// Departments with SME targets, the capability tree, frameworks and lots: the same at every scale.
import { WriterGroup } from "./bulk";
import type { SeedContext } from "./context";
import { utc } from "./dates";
import { penceToDecimal } from "./money";
import { CAPABILITY_TREE } from "./ref-capabilities";
import { DEPARTMENTS } from "./ref-departments";
import { FRAMEWORKS } from "./ref-frameworks";
import { CAPABILITY, DEPARTMENT, FRAMEWORK, LOT, SME_TARGET } from "./tables";

const TARGET_YEARS = [2026, 2027, 2028] as const;

function parseDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return utc(y ?? 0, m ?? 1, d ?? 1);
}

export async function buildReference(ctx: SeedContext): Promise<void> {
  const departments = ctx.writer(DEPARTMENT);
  const targets = ctx.writer(SME_TARGET);
  const capabilities = ctx.writer(CAPABILITY);
  const frameworks = ctx.writer(FRAMEWORK);
  const lots = ctx.writer(LOT);

  DEPARTMENTS.forEach((ref, index) => {
    const plan = { ...ref, id: ctx.id("Department"), index };
    ctx.departments.push(plan);
    ctx.departmentByName.set(ref.name, plan);
    departments.push({ id: plan.id, name: ref.name, type: ref.type, identifier: null });
    TARGET_YEARS.forEach((year, i) => {
      const indirect = ref.indirectTarget?.[i];
      targets.push({
        id: ctx.id("SmeTarget"),
        departmentId: plan.id,
        financialYearEnd: year,
        directPercent: penceToDecimal(Math.round((ref.directTarget[i] ?? 0) * 100)),
        indirectPercent: indirect === undefined ? null : penceToDecimal(Math.round(indirect * 100)),
      });
    });
  });

  for (const root of CAPABILITY_TREE) {
    const rootId = ctx.id("Capability");
    ctx.capabilityIds.set(root.code, rootId);
    capabilities.push({ id: rootId, code: root.code, name: root.name, parentId: null });
    for (const child of root.children) {
      const childId = ctx.id("Capability");
      ctx.capabilityIds.set(child.code, childId);
      capabilities.push({ id: childId, code: child.code, name: child.name, parentId: rootId });
    }
  }

  for (const framework of FRAMEWORKS) {
    const frameworkId = ctx.id("Framework");
    frameworks.push({
      id: frameworkId,
      rmNumber: framework.rmNumber,
      name: framework.name,
      startDate: framework.start,
      endDate: framework.end,
    });
    for (const lot of framework.lots) {
      const lotId = ctx.id("Lot");
      lots.push({ id: lotId, frameworkId, number: lot.number, name: lot.name });
      ctx.lots.push({
        id: lotId,
        framework,
        ref: lot,
        start: parseDate(framework.start),
        end: parseDate(framework.end),
      });
    }
  }

  // Parents first: capabilities reference their parent, written earlier in the same statement.
  await new WriterGroup(ctx.db, [departments, targets, capabilities, frameworks, lots]).flushAll();
}
