import { ErrorPage } from "@/components/ui/error-page";

export default function NotFound() {
  return (
    <ErrorPage code="Error 404" title="Page not found">
      The page may have moved, or it belongs to a part of Partnerscope you do not have access to. Check the address, or start
      again from your overview.
    </ErrorPage>
  );
}
