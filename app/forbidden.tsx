import type { Metadata } from "next";
import { ErrorPage } from "@/components/ui/error-page";

// The browser tab and a screen reader's first words say what happened, not just the product's name.
export const metadata: Metadata = { title: "No access" };

export default function Forbidden() {
  return (
    <ErrorPage code="Error 403" title="You do not have access to this page">
      Your role does not include this part of Partnerscope. If you need access, ask your administrator.
    </ErrorPage>
  );
}
