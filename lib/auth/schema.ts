import { z } from "zod";

export const SignInSchema = z.object({
  email: z.email("Enter an email address").trim().toLowerCase(),
  password: z.string().min(1, "Enter your password").max(200),
});
