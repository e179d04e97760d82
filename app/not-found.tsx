import type { Metadata } from "next";
import { ErrorPage } from "@/components/ui/error-page";

// An address that matches no page: the browser tab says so (a page that calls notFound() keeps its own title).
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <ErrorPage code="Error 404" title="Page not found">
      The page may have moved, or it belongs to a part of Partnerscope you do not have access to. Check the address, or
      start again from your overview.
    </ErrorPage>
  );
}
