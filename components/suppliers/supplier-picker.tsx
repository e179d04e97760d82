"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { Field } from "@/components/ui/form";
import { useSupplierSearch, type SupplierSearch } from "@/components/suppliers/use-supplier-search";
import type { ActionState } from "@/lib/actions/state";
import { SUPPLIER_CHOICE_LIMIT, type SupplierChoice } from "@/lib/partner-search/schema";

type Chosen = Pick<SupplierChoice, "id" | "legalName"> & Partial<SupplierChoice>;

const details = (s: SupplierChoice) =>
  [
    s.companiesHouseNumber && `Companies House ${s.companiesHouseNumber}`,
    s.sme === null ? "size not declared" : s.sme ? "SME" : "not an SME",
  ]
    .filter(Boolean)
    .join(" · ");

/** What the live region under the field says: announced to screen readers, shown to everyone. */
function statusText(
  search: SupplierSearch,
  shown: number,
  chosen: Chosen | null,
  text: string,
  lotId?: string,
): string {
  if (chosen)
    return `Chosen: ${chosen.legalName}${chosen.companiesHouseNumber ? ` (Companies House ${chosen.companiesHouseNumber})` : ""}.`;
  if (search.status === "searching") return "Searching…";
  if (search.status === "failed") return "Supplier search is not answering. Try again in a moment.";
  if (search.status !== "done") return "";
  if (shown === 0)
    return `No supplier${lotId ? " with a verified place on the chosen lot" : ""} matches “${text.trim()}”.`;
  const count =
    search.suppliers.length >= SUPPLIER_CHOICE_LIMIT
      ? `The first ${shown} matches`
      : `${shown} ${shown === 1 ? "supplier matches" : "suppliers match"}`;
  return `${count}: use the up and down arrow keys and Enter to choose.`;
}

/**
 * Choosing one supplier among tens of thousands: a combobox (WAI-ARIA APG, list autocomplete) whose
 * suggestions come from the server as the user types. The chosen supplier's id goes in a hidden input
 * named `name`, so the form's action and schema are those of a select.
 */
export function SupplierPicker({
  name,
  label,
  hint,
  state,
  initial,
  exclude = [],
  lotId,
}: {
  name: string;
  label: string;
  hint?: string;
  state: ActionState;
  initial?: Chosen;
  exclude?: string[];
  lotId?: string;
}) {
  const [text, setText] = useState(initial?.legalName ?? "");
  const [chosen, setChosen] = useState<Chosen | null>(initial ?? null);
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const search = useSupplierSearch(chosen ? null : text, lotId);
  const options = search.status === "done" ? search.suppliers.filter((s) => !exclude.includes(s.id)) : [];
  const expanded = open && !chosen && options.length > 0;
  const activeIndex = expanded ? options.findIndex((s) => s.id === activeId) : -1;

  const listbox = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (activeId) listbox.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  const choose = (supplier: SupplierChoice) => {
    setChosen(supplier);
    setText(supplier.legalName);
    setOpen(false);
    setActiveId(null);
  };
  const move = (step: 1 | -1) => {
    setOpen(true);
    if (options.length === 0) return;
    const from = activeIndex === -1 ? (step === 1 ? -1 : 0) : activeIndex;
    setActiveId(options[(from + step + options.length) % options.length]!.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && expanded) {
      // Enter chooses; it never submits the form while the list is open.
      event.preventDefault();
      const active = options[activeIndex];
      if (active) choose(active);
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (expanded) setOpen(false);
      else {
        setText("");
        setChosen(null);
      }
      setActiveId(null);
    }
  };

  return (
    <Field
      name={name}
      label={label}
      hint={[hint, "Type part of the supplier's name or its Companies House number, then choose from the list."]
        .filter(Boolean)
        .join(" ")}
      state={state}
    >
      {({ id, ...a11y }) => {
        const listboxId = `${id}-listbox`;
        const optionId = (supplier: SupplierChoice) => `${id}-option-${supplier.id}`;
        const active = options[activeIndex];
        return (
          <div className="relative">
            <input
              id={id}
              type="text"
              role="combobox"
              autoComplete="off"
              spellCheck={false}
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listboxId}
              aria-activedescendant={active ? optionId(active) : undefined}
              {...a11y}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setChosen(null);
                setOpen(true);
                setActiveId(null);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setOpen(false)}
              className="mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
            />
            <input type="hidden" name={name} value={chosen?.id ?? ""} />
            <ul
              ref={listbox}
              id={listboxId}
              role="listbox"
              aria-label={`${label}: suppliers matching what you typed`}
              hidden={!expanded}
              // Keeps focus in the input while an option is clicked.
              onMouseDown={(event) => event.preventDefault()}
              className="absolute z-10 mt-1 max-h-80 w-full overflow-y-auto rounded border border-slate-500 bg-white py-1 shadow-lg"
            >
              {expanded
                ? options.map((supplier) => (
                    <li
                      key={supplier.id}
                      id={optionId(supplier)}
                      role="option"
                      aria-selected={supplier === active}
                      onClick={() => choose(supplier)}
                      className="cursor-pointer px-3 py-2 text-slate-900 hover:bg-slate-100 aria-selected:bg-brand-50 aria-selected:outline aria-selected:outline-2 aria-selected:-outline-offset-2 aria-selected:outline-brand-700"
                    >
                      <span className="block font-medium">{supplier.legalName}</span>
                      <span className="block text-sm text-slate-700">{details(supplier)}</span>
                    </li>
                  ))
                : null}
            </ul>
            <p id={`${id}-status`} role="status" className="mt-1 min-h-5 text-sm text-slate-800">
              {statusText(search, options.length, chosen, text, lotId)}
            </p>
          </div>
        );
      }}
    </Field>
  );
}
