"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Checkbox, FormMessage, Select, SubmitButton } from "@/components/ui/form";
import { ALERT_KIND_LABELS, type AlertKind } from "@/lib/alerts/kinds";
import { updateAlertSettings } from "@/lib/alerts/settings-actions";
import { DIGEST_FREQUENCIES, DIGEST_LABELS, wantField } from "@/lib/alerts/settings-schema";

export function AlertSettingsForm({
  digest,
  kinds,
  disabledKinds,
}: {
  digest: string;
  kinds: AlertKind[];
  disabledKinds: string[];
}) {
  return (
    <ActionForm action={updateAlertSettings} className="max-w-2xl space-y-6">
      {(state, pending) => (
        <>
          <FormMessage state={state} />
          <Select
            name="digest"
            label="How often to email you"
            state={state}
            options={DIGEST_FREQUENCIES.map((f) => ({ value: f, label: DIGEST_LABELS[f] }))}
            defaultValue={digest}
          />
          <fieldset className="space-y-3">
            <legend className="font-medium text-slate-900">Alerts to get</legend>
            {kinds.map((kind) => (
              <div key={kind}>
                <Checkbox
                  name={wantField(kind)}
                  label={ALERT_KIND_LABELS[kind].label}
                  defaultChecked={!disabledKinds.includes(kind)}
                />
                <p className="ml-7 text-sm text-slate-700">{ALERT_KIND_LABELS[kind].hint}</p>
              </div>
            ))}
          </fieldset>
          <SubmitButton pending={pending}>Save alert settings</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
