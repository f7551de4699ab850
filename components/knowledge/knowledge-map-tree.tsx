"use client";
/**
 * The knowledge map as an ARIA tree (WAI-ARIA Authoring Practices, tree view
 * pattern): one Tab stop; ↑/↓ move, → opens or steps into a branch, ← closes or
 * steps to the parent, Pos1/Ende jump, Enter opens an article, * opens all
 * siblings. Mouse and touch use the same items. Only open branches are rendered.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import type { MapNode } from "@/lib/knowledge/knowledge-map-tree";

interface VisibleItem {
  node: MapNode;
  parentKey: string | null;
  level: number;
}

function visibleItems(nodes: MapNode[], expanded: ReadonlySet<string>, parentKey: string | null = null, level = 1): VisibleItem[] {
  return nodes.flatMap((node) => [
    { node, parentKey, level },
    ...(expanded.has(node.key) ? visibleItems(node.children, expanded, node.key, level + 1) : []),
  ]);
}

const KIND_LABELS: Record<MapNode["kind"], string> = { unit: "Einheit", task: "Aufgabe", article: "Artikel" };

export function KnowledgeMapTree(props: { nodes: MapNode[]; label: string }) {
  const router = useRouter();
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  const [focusedKey, setFocusedKey] = useState<string | null>(props.nodes[0]?.key ?? null);
  const itemRefs = useRef(new Map<string, HTMLElement>());
  const items = useMemo(() => visibleItems(props.nodes, expanded), [props.nodes, expanded]);

  const focus = (key: string | undefined) => {
    if (!key) return;
    setFocusedKey(key);
    itemRefs.current.get(key)?.focus();
  };
  const toggle = (key: string, open: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const item = items[index]!;
    const { node } = item;
    const isOpen = expanded.has(node.key);
    const hasChildren = node.children.length > 0;
    switch (event.key) {
      case "ArrowDown":
        focus(items[index + 1]?.node.key);
        break;
      case "ArrowUp":
        focus(items[index - 1]?.node.key);
        break;
      case "Home":
        focus(items[0]?.node.key);
        break;
      case "End":
        focus(items.at(-1)?.node.key);
        break;
      case "ArrowRight":
        if (hasChildren && !isOpen) toggle(node.key, true);
        else if (hasChildren) focus(node.children[0]!.key);
        break;
      case "ArrowLeft":
        if (hasChildren && isOpen) toggle(node.key, false);
        else if (item.parentKey) focus(item.parentKey);
        break;
      case "Enter":
      case " ":
        if (node.href) router.push(node.href);
        else if (hasChildren) toggle(node.key, !isOpen);
        break;
      case "*":
        setExpanded((current) => {
          const next = new Set(current);
          for (const sibling of items)
            if (sibling.parentKey === item.parentKey && sibling.node.children.length > 0) next.add(sibling.node.key);
          return next;
        });
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const render = (nodes: MapNode[], level: number): React.ReactNode =>
    nodes.map((node) => {
      const index = items.findIndex((item) => item.node.key === node.key);
      const hasChildren = node.children.length > 0;
      const isOpen = expanded.has(node.key);
      const common = {
        role: "treeitem",
        "aria-level": level,
        "aria-expanded": hasChildren ? isOpen : undefined,
        tabIndex: node.key === focusedKey ? 0 : -1,
        ref: (element: HTMLElement | null) => {
          if (element) itemRefs.current.set(node.key, element);
          else itemRefs.current.delete(node.key);
        },
        onKeyDown: (event: KeyboardEvent) => onKeyDown(event, index),
        onFocus: () => setFocusedKey(node.key),
        className: `map-item map-item--${node.kind}`,
      } as const;
      const content = (
        <>
          {(hasChildren || node.kind !== "article") && (
            <span className="map-toggle" aria-hidden="true">
              {hasChildren ? (isOpen ? "▾" : "▸") : ""}
            </span>
          )}
          <span className="visually-hidden">{KIND_LABELS[node.kind]}: </span>
          {node.label}
          {node.note && <span className="map-note"> – {node.note}</span>}
        </>
      );
      return (
        <li key={node.key} role="none">
          {node.href ? (
            <a {...common} href={node.href}>
              {content}
            </a>
          ) : (
            <span {...common} onClick={() => hasChildren && toggle(node.key, !isOpen)}>
              {content}
            </span>
          )}
          {hasChildren && isOpen && (
            <ul role="group" className="map-group">
              {render(node.children, level + 1)}
            </ul>
          )}
        </li>
      );
    });

  if (props.nodes.length === 0) return <p>Es sind noch keine Organisationseinheiten angelegt.</p>;
  return (
    <ul role="tree" aria-label={props.label} className="knowledge-map">
      {render(props.nodes, 1)}
    </ul>
  );
}
