import { z } from "zod";
import { PasswordSchema } from "@/lib/users/schema";

export const RequestResetSchema = z.object({
  email: z.email("Enter your email address, like name@department.gov.uk").trim().toLowerCase().max(320),
});

export const ResetPasswordSchema = z
  .object({
    token: z.string({ error: "This link is not complete: open the link from the email again." }).min(20).max(200),
    password: PasswordSchema,
    confirmPassword: z.string({ error: "Enter the new password again." }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords are not the same.",
  });

/** One answer whether or not the address has an account: the form never tells who is registered. */
export const RESET_REQUESTED =
  "If an account uses that email address, we have sent it a link to choose a new password. The link works once, within 60 minutes.";
