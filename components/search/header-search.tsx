"use client";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import type { SuggestionResult } from "@/lib/search/search-articles";
import { ARTICLE_KIND_LABELS, type ArticleKind } from "@/lib/knowledge/labels";
import { HighlightedText } from "./highlighted-text";

const MIN_LENGTH = 2;
const DEBOUNCE_MS = 150;

type Option = { kind: "article"; hit: SuggestionResult["hits"][number] } | { kind: "all" };

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest("[contenteditable=true]") !== null);
}

/**
 * Header search with suggestions while typing, following the ARIA combobox
 * pattern: arrows move through the list, Enter opens the chosen article (or the
 * full search), Escape closes the list (and clears on the second press).
 * Ctrl+K / Cmd+K focuses the box anywhere except in the editor, where it adds a link.
 * Without JavaScript it is a plain search form.
 */
export function HeaderSearch() {
  const router = useRouter();
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<SuggestionResult | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k" && !isEditable(event.target)) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener("keydown", onKey);
    // Marks the box as interactive (hydrated), so automated tests know when Ctrl+K works.
    inputRef.current?.setAttribute("data-ready", "true");
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed.length < MIN_LENGTH) return;
    const controller = new AbortController();
    const loadSuggestions = async () => {
      setLoading(true);
      try {
        const response = await fetch(`/api/suche?vorschlag=1&q=${encodeURIComponent(trimmed)}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        setResult((await response.json()) as SuggestionResult);
        setActive(-1);
        setOpen(true);
      } catch (error) {
        if ((error as Error).name !== "AbortError") setResult({ query: trimmed, hits: [], fallback: false });
      } finally {
        if (!controller.signal.aborted) setLoading(false);
      }
    };
    // loadSuggestions catches every error itself.
    const timer = setTimeout(() => void loadSuggestions(), DEBOUNCE_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [query]);

  const visible = open && query.trim().length >= MIN_LENGTH && result !== null;
  const options: Option[] = visible ? [...result.hits.map((hit) => ({ kind: "article" as const, hit })), { kind: "all" as const }] : [];
  const optionId = (index: number) => `${id}-option-${index}`;
  const searchAll = () => router.push(`/suche?q=${encodeURIComponent(query.trim())}`);

  const choose = (option: Option) => {
    setOpen(false);
    if (option.kind === "article") router.push(`/wissen/${option.hit.id}`);
    else searchAll();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!visible) {
        setOpen(true);
        return;
      }
      setActive((index) => (index + 1) % options.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (!visible) {
        setOpen(true);
        return;
      }
      setActive((index) => (index <= 0 ? options.length - 1 : index - 1));
    } else if (event.key === "Enter") {
      if (visible && active >= 0 && options[active]) {
        event.preventDefault();
        choose(options[active]);
      }
      // Otherwise the form is submitted: the full search page.
    } else if (event.key === "Escape") {
      if (visible) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query) {
        event.preventDefault();
        setQuery("");
      }
    }
  };

  const status = !visible
    ? ""
    : result.hits.length === 0
      ? "Keine Vorschläge. Enter sucht im gesamten Wissen."
      : `${result.hits.length} ${result.hits.length === 1 ? "Vorschlag" : "Vorschläge"}. Pfeiltasten zum Auswählen.`;

  return (
    <form className="header-search" role="search" action="/suche" method="get" onSubmit={() => setOpen(false)}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Wissen durchsuchen (Strg+K)
      </label>
      <div className="combobox">
        <input
          ref={inputRef}
          id={`${id}-input`}
          data-testid="header-search"
          type="search"
          name="q"
          placeholder="Wissen durchsuchen …"
          title="Tastenkürzel: Strg+K"
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={visible}
          aria-controls={listId}
          aria-activedescendant={visible && active >= 0 ? optionId(active) : undefined}
          aria-busy={loading || undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <ul id={listId} role="listbox" aria-label="Vorschläge" className="combobox-list" hidden={!visible}>
          {options.map((option, index) => (
            <li
              key={option.kind === "article" ? option.hit.id : "all"}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={option.kind === "all" ? "combobox-option combobox-option--all" : "combobox-option"}
              // mousedown, not click: the input keeps focus and blur does not close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
            >
              {option.kind === "article" ? (
                <>
                  <span className="combobox-title">
                    <HighlightedText segments={option.hit.title} />
                  </span>
                  <span className="combobox-meta">
                    {ARTICLE_KIND_LABELS[option.hit.kind as ArticleKind] ?? option.hit.kind}
                    {option.hit.unitNames.length > 0 && ` · ${option.hit.unitNames.join(", ")}`}
                  </span>
                </>
              ) : (
                <>Alle Treffer für „{query.trim()}“ anzeigen</>
              )}
            </li>
          ))}
        </ul>
      </div>
      <button type="submit" className="button button--secondary button--small">
        Suchen
      </button>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
