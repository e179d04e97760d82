import type { Metadata } from "next";
import { ErrorPage } from "@/components/ui/error-page";

// The browser tab and a screen reader's first words say what happened, not just the product's name.
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <ErrorPage code="Error 404" title="Page not found">
      The page may have moved, or it belongs to a part of Partnerscope you do not have access to. Check the address, or start
      again from your overview.
    </ErrorPage>
  );
}
