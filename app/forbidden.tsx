import { ErrorPage } from "@/components/ui/error-page";

export default function Forbidden() {
  return (
    <ErrorPage code="Error 403" title="You do not have access to this page">
      Your role does not include this part of Partnerscope. If you need access, ask your administrator.
    </ErrorPage>
  );
}
