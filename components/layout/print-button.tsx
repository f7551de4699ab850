"use client";

/** Opens the browser's print dialog (which also saves as PDF). */
export function PrintButton({ label = "Drucken oder als PDF speichern" }: { label?: string }) {
  return (
    <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
