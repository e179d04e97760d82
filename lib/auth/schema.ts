import { z } from "zod";

// The sign-in form's messages (GOV.UK wording), said beside each field; next-auth's credentials check
// parses with the same schema.
export const SignInSchema = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address")
    .max(320, "Enter an email address of 320 characters or fewer")
    .pipe(z.email("Enter an email address in the correct format, like name@example.com")),
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(200, "Enter a password of 200 characters or fewer"),
});
