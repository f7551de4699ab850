import { describe, expect, it } from "vitest";
import { processContent } from "@/lib/content/process-content";
import { isSafeHref } from "@/lib/content/safe-href";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });

describe("Editorinhalt auf dem Server", () => {
  it("leitet Klartext und HTML aus Überschriften, Listen, Aufgabenlisten und Tabellen ab", () => {
    const result = processContent(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("Fristen")] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("15.02. Grundsteuer")] }] }] },
        {
          type: "taskList",
          content: [{ type: "taskItem", attrs: { checked: true }, content: [{ type: "paragraph", content: [text("Akte anlegen")] }] }],
        },
        {
          type: "table",
          content: [
            { type: "tableRow", content: [{ type: "tableHeader", content: [{ type: "paragraph", content: [text("Frist")] }] }] },
            { type: "tableRow", content: [{ type: "tableCell", content: [{ type: "paragraph", content: [text("jährlich")] }] }] },
          ],
        },
      ),
    );
    expect(result.text).toContain("Fristen");
    expect(result.text).toContain("15.02. Grundsteuer");
    expect(result.text).toContain("Akte anlegen");
    expect(result.html).toContain("<h2>Fristen</h2>");
    expect(result.html).toContain("<th");
    expect(result.html).toMatch(/<input[^>]*type="checkbox"[^>]*checked/);
    expect(result.html).toMatch(/<input[^>]*disabled/);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/x",
  ])("entfernt den Link %s und behält den Text", (href) => {
    const result = processContent(doc({ type: "paragraph", content: [text("Hier klicken", [{ type: "link", attrs: { href } }])] }));
    expect(result.html).toBe("<p>Hier klicken</p>");
    expect(JSON.stringify(result.json)).not.toContain(href.trim());
  });

  it("behält sichere Links und versieht sie mit rel", () => {
    const result = processContent(
      doc({ type: "paragraph", content: [text("Amt", [{ type: "link", attrs: { href: "mailto:amt@musterhausen.example" } }])] }),
    );
    expect(result.html).toMatch(/^<p><a [^>]*>Amt<\/a><\/p>$/);
    expect(result.html).toContain('href="mailto:amt@musterhausen.example"');
    expect(result.html).toContain('rel="noopener noreferrer nofollow"');
  });

  it("gibt Markup im Text nur maskiert aus", () => {
    const result = processContent(doc({ type: "paragraph", content: [text("<script>alert(1)</script>")] }));
    expect(result.html).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });

  it.each([
    ["unbekannter Knoten", doc({ type: "iframe", attrs: { src: "https://evil.example" } })],
    ["falsche Verschachtelung", doc(text("Text direkt im Dokument"))],
    ["kein Dokument", { type: "paragraph" }],
    ["zusätzliche Felder", { type: "doc", content: [], onload: "alert(1)" }],
    ["Zeichenkette", "<p>Hallo</p>"],
    ["unbekannte Markierung", doc({ type: "paragraph", content: [text("x", [{ type: "script" }])] })],
  ])("weist ungültigen Inhalt ab: %s", (_label, input) => {
    expect(() => processContent(input)).toThrow(/Inhalt/);
  });

  it("verwirft unbekannte Attribute", () => {
    const result = processContent(doc({ type: "paragraph", attrs: { onclick: "alert(1)", style: "x" }, content: [text("a")] }));
    expect(result.html).toBe("<p>a</p>");
  });

  it("prüft Linkziele", () => {
    expect(isSafeHref("https://example.org")).toBe(true);
    expect(isSafeHref("/wissen/1")).toBe(true);
    expect(isSafeHref("tel:+49301234")).toBe(true);
    expect(isSafeHref("javascript:void(0)")).toBe(false);
    expect(isSafeHref("")).toBe(false);
  });
});
