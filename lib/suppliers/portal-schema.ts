import { z } from "zod";
import { parseCalendarDate } from "@/lib/actions/fields";
import { COMPANIES_HOUSE_NUMBER } from "@/lib/suppliers/normalise-name";
import { REGIONS } from "@/lib/suppliers/schema";
import { PasswordSchema } from "@/lib/users/schema";

// Forms of the supplier portal. Checkboxes post "on" when ticked and nothing otherwise.
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const optionalText = (max: number) => z.string().trim().max(max).optional();
/** Money as an exact decimal string (pounds, up to 2 places): never parsed into a float. */
export const MoneySchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/[£,\s]/g, ""))
  .pipe(z.string().regex(/^\d{1,14}(\.\d{1,2})?$/, "Enter an amount in pounds, for example 1250000 or 1250000.50"));
/** The shared calendar-date rule (real dates, 1900-2100), with the portal's wording. */
export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD")
  .refine((s) => parseCalendarDate(s) !== null, "Enter a real date between 1900 and 2100, as YYYY-MM-DD")
  .transform((s) => parseCalendarDate(s)!);

export const OrganisationSchema = z.object({
  legalName: z.string().trim().min(2, "Enter the organisation's legal name").max(200),
  companiesHouseNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(
      COMPANIES_HOUSE_NUMBER,
      "Companies House number is 8 digits, or 2 letters then 6 digits (for example 01234567 or SC123456)",
    ),
  addressLine: z.string().trim().min(1, "Enter the address").max(200),
  town: z.string().trim().min(1, "Enter the town").max(100),
  postcode: z.string().trim().min(2, "Enter the postcode").max(10),
  region: z.enum(REGIONS, { message: "Choose a region" }),
  // Shown as a link: only http(s), never javascript:, data: or another scheme.
  website: z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain, message: "Enter a web address starting https://" })
    .max(200)
    .optional(),
  contactEmail: z.email("Enter a valid contact email").trim().toLowerCase(),
  isVcse: checkbox,
  seeksToLead: checkbox,
  seeksToJoin: checkbox,
});

export const RegisterSupplierSchema = OrganisationSchema.extend({
  name: z.string().trim().min(1, "Enter your name").max(200),
  email: z.email("Enter a valid email address").trim().toLowerCase(),
  password: PasswordSchema,
});

/** A supplier user edits its organisation's profile; the Companies House number is fixed at registration. */
export const UpdateOrganisationSchema = OrganisationSchema.omit({ companiesHouseNumber: true, legalName: true });

export const SizeDeclarationSchema = z.object({
  asOf: DateSchema.refine((d) => d.getTime() <= Date.now(), "A size declaration is for a date today or earlier"),
  staffCount: z.coerce
    .number({ message: "Enter the number of staff" })
    .int("Enter a whole number")
    .min(0)
    .max(10_000_000),
  turnover: MoneySchema,
  balanceSheetTotal: MoneySchema,
});

export const CapabilityClaimSchema = z.object({
  capabilityId: z.string().min(1, "Choose a capability"),
  description: z.string().trim().min(1, "Describe what you offer").max(500),
  evidence: optionalText(500),
});

export const InvitationSchema = z.object({ email: z.email("Enter a valid email address").trim().toLowerCase() });

export const AcceptInvitationSchema = z.object({
  token: z.string().min(20, "This invitation link is not valid"),
  name: z.string().trim().min(1, "Enter your name").max(200),
  password: PasswordSchema,
});
