import { z } from "zod";
import { ROLES } from "@/lib/access/roles";
import { passwordWeakness } from "@/lib/users/password-strength";

// Too common to allow whatever their length (a short list of the worst; the policy is length first).
const KNOWN_BAD = new Set([
  "password",
  "password123",
  "passw0rd",
  "123456789012",
  "qwertyuiop",
  "letmein",
  "partnerscope",
  "welcome123",
  "changeme",
  "administrator",
]);

export const PasswordSchema = z
  .string()
  .min(12, "Password must be at least 12 characters")
  .max(200, "Password must be at most 200 characters")
  .refine((p) => !KNOWN_BAD.has(p.toLowerCase()), "Password is too common; choose another")
  .superRefine((p, ctx) => {
    const weakness = passwordWeakness(p);
    if (weakness) ctx.addIssue({ code: "custom", message: weakness });
  });

export const CreateUserSchema = z
  .object({
    email: z.email("Enter a valid email address").trim().toLowerCase(),
    name: z.string().trim().min(1, "Enter a name").max(200),
    role: z.enum(ROLES, { message: `Role must be one of ${ROLES.join(", ")}` }),
    password: PasswordSchema,
    departmentName: z.string().trim().min(1).optional(),
    supplierName: z.string().trim().min(1).optional(),
    auditorAllDepartments: z.boolean().default(false),
  })
  .superRefine((u, ctx) => {
    if (u.role === "COMMERCIAL_LEAD" && !u.departmentName) {
      ctx.addIssue({ code: "custom", path: ["departmentName"], message: "A commercial lead needs a department" });
    }
    if (u.role === "SUPPLIER_USER" && !u.supplierName) {
      ctx.addIssue({ code: "custom", path: ["supplierName"], message: "A supplier user needs a supplier" });
    }
  });

export type CreateUserInput = z.input<typeof CreateUserSchema>;

export const AuditorAccessSchema = z
  .object({
    userId: z.string().min(1),
    allDepartments: z.preprocess((v) => v === "on" || v === true, z.boolean()),
    departmentIds: z.preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.string().min(1)).max(500),
    ),
  })
  .refine((a) => a.allDepartments || a.departmentIds.length > 0, {
    path: ["departmentIds"],
    message: "Choose at least one department, or all departments. To remove all access, use Revoke access.",
  });

export const UserIdSchema = z.object({ userId: z.string().min(1) });

/** An administrator's invitation: the role decides which scope it needs (a department, a supplier). */
export const UserInvitationSchema = z
  .object({
    email: z.email("Enter the email address, like name@department.gov.uk").trim().toLowerCase(),
    role: z.enum(ROLES, { error: "Choose a role" }),
    departmentId: z.string().max(64).optional(),
    supplierId: z.string().max(64).optional(),
    auditorAllDepartments: z
      .literal("on")
      .optional()
      .transform((v) => v === "on"),
  })
  .superRefine((u, ctx) => {
    if (u.role === "COMMERCIAL_LEAD" && !u.departmentId)
      ctx.addIssue({
        code: "custom",
        path: ["departmentId"],
        message: "Choose the department a commercial lead works for",
      });
    if (u.role === "SUPPLIER_USER" && !u.supplierId)
      ctx.addIssue({ code: "custom", path: ["supplierId"], message: "Choose the supplier a supplier user works for" });
  });
