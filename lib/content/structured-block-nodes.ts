/**
 * The TipTap nodes of the structured blocks. They are atoms (edited through the
 * block form above the editor, not by typing inside them) and render the same
 * HTML in the editor and in the stored reading view.
 */
import { Node } from "@tiptap/core";
import type { DOMOutputSpec } from "@tiptap/pm/model";
import {
  BLOCK_LABELS,
  BLOCK_SCHEMAS,
  blockText,
  scheduleText,
  type BlockType,
  type ContactAttrs,
  type DeadlineAttrs,
  type LegalBasisAttrs,
  type SystemAttrs,
} from "./structured-blocks";

const ATTRIBUTE_NAMES: Record<BlockType, string[]> = {
  deadline: ["title", "schedule", "date", "day", "month", "note"],
  contact: ["name", "unit", "phone", "email", "note"],
  system: ["name", "purpose"],
  legalBasis: ["norm", "section", "note"],
};

type Row = [label: string, value: DOMOutputSpec | string];

function rowsOf(type: BlockType, attrs: Record<string, unknown>): Row[] {
  const parsed = BLOCK_SCHEMAS[type].safeParse(attrs);
  if (!parsed.success) return [["Hinweis", "Dieser Baustein ist unvollständig."]];
  const rows: Row[] = [];
  const add = (label: string, value: DOMOutputSpec | string, present = true) => {
    if (present) rows.push([label, value]);
  };
  switch (type) {
    case "deadline": {
      const value = parsed.data as DeadlineAttrs;
      add("Was", value.title);
      add("Wann", scheduleText(value));
      add("Hinweis", value.note, value.note !== "");
      break;
    }
    case "contact": {
      const value = parsed.data as ContactAttrs;
      add("Name", value.name);
      add("Stelle", value.unit, value.unit !== "");
      add("Telefon", ["a", { href: `tel:${value.phone.replace(/\(0\)/g, "").replace(/[^+0-9]/g, "")}` }, value.phone], value.phone !== "");
      add("E-Mail", ["a", { href: `mailto:${value.email}` }, value.email], value.email !== "");
      add("Wofür", value.note, value.note !== "");
      break;
    }
    case "system": {
      const value = parsed.data as SystemAttrs;
      add("Name", value.name);
      add("Wofür", value.purpose, value.purpose !== "");
      break;
    }
    case "legalBasis": {
      const value = parsed.data as LegalBasisAttrs;
      add("Vorschrift", [value.section, value.norm].filter(Boolean).join(" "));
      add("Worum es geht", value.note, value.note !== "");
      break;
    }
  }
  return rows;
}

function blockNode(type: BlockType) {
  return Node.create({
    name: type,
    group: "block",
    atom: true,
    selectable: true,
    draggable: false,
    addAttributes() {
      return Object.fromEntries(ATTRIBUTE_NAMES[type].map((name) => [name, { default: null, rendered: false }]));
    },
    parseHTML() {
      return [
        {
          tag: `div[data-type="${type}"]`,
          getAttrs: (element) => {
            try {
              return JSON.parse((element as HTMLElement).getAttribute("data-attrs") ?? "{}") as Record<string, unknown>;
            } catch {
              return false;
            }
          },
        },
      ];
    },
    renderHTML({ node }) {
      const rows = rowsOf(type, node.attrs);
      const list: DOMOutputSpec = [
        "dl",
        {},
        ...rows.flatMap(
          ([label, value]) =>
            [
              ["dt", {}, label],
              ["dd", {}, value],
            ] as DOMOutputSpec[],
        ),
      ];
      return ["div", { "data-type": type, "data-attrs": JSON.stringify(node.attrs) }, ["p", {}, ["strong", {}, BLOCK_LABELS[type]]], list];
    },
    renderText({ node }) {
      return blockText(type, node.attrs);
    },
  });
}

export const structuredBlockNodes = [blockNode("deadline"), blockNode("contact"), blockNode("system"), blockNode("legalBasis")];
